package nl.brabant.regiotafel.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import nl.brabant.regiotafel.base.ClockConfiguration;
import nl.brabant.regiotafel.meeting.export.ActionEntry;
import nl.brabant.regiotafel.meeting.export.AgendaEntry;
import nl.brabant.regiotafel.meeting.export.AttendeeEntry;
import nl.brabant.regiotafel.meeting.export.DecisionEntry;
import nl.brabant.regiotafel.meeting.export.MeetingCalendarExporter;
import nl.brabant.regiotafel.meeting.export.MeetingDocument;
import nl.brabant.regiotafel.meeting.export.MeetingDocxExporter;
import nl.brabant.regiotafel.meeting.export.MeetingPdfExporter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agenda and the minutes as Dutch PDF and Word documents and the meeting as an iCalendar event.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class MeetingExportService {

    private static final Locale DUTCH = Locale.of("nl", "NL");

    private final MeetingService meetings;
    private final AgendaService agendas;
    private final MinutesService minutes;
    private final ActionItemService actionItems;
    private final MeetingPdfExporter pdf;
    private final MeetingDocxExporter docx;
    private final MeetingCalendarExporter calendar;
    private final String baseUrl;

    MeetingExportService(
            MeetingService meetings,
            AgendaService agendas,
            MinutesService minutes,
            ActionItemService actionItems,
            MeetingPdfExporter pdf,
            MeetingDocxExporter docx,
            MeetingCalendarExporter calendar,
            @Value("${regiotafel.base-url:http://localhost:8080}") String baseUrl) {
        this.meetings = meetings;
        this.agendas = agendas;
        this.minutes = minutes;
        this.actionItems = actionItems;
        this.pdf = pdf;
        this.docx = docx;
        this.calendar = calendar;
        this.baseUrl = baseUrl;
    }

    public byte[] agendaPdf(long meetingId) {
        return pdf.agenda(document(meetingId));
    }

    public byte[] minutesPdf(long meetingId) {
        return pdf.minutes(document(meetingId));
    }

    public byte[] agendaDocx(long meetingId) {
        return docx.agenda(document(meetingId));
    }

    public byte[] minutesDocx(long meetingId) {
        return docx.minutes(document(meetingId));
    }

    public String icalendar(long meetingId) {
        MeetingDocument document = document(meetingId);
        MeetingDetails m = meetings.get(meetingId);
        return calendar.icalendar(
                document,
                MeetingInvitations.uid(m.id()),
                baseUrl + "/" + MeetingRoutes.meeting(m.regionCode(), m.id()));
    }

    /** A file name without characters that browsers or file systems choke on. */
    public String fileName(long meetingId, String kind, String extension) {
        MeetingDetails m = meetings.get(meetingId);
        String day = m.startsAt().atZone(ClockConfiguration.ZONE).toLocalDate().toString();
        return (kind + "-" + m.regionCode() + "-" + day).replaceAll("[^A-Za-z0-9._-]", "_")
                + "."
                + extension;
    }

    MeetingDocument document(long meetingId) {
        ResourceBundle texts = ResourceBundle.getBundle("vaadin-i18n.translations", DUTCH);
        MeetingDetails m = meetings.get(meetingId);
        Agenda agenda = agendas.agenda(meetingId);
        List<AgendaItemRow> accepted =
                agenda.items().stream()
                        .filter(i -> i.status() == AgendaItemStatus.ACCEPTED)
                        .toList();
        List<AgendaEntry> entries = new ArrayList<>();
        for (int n = 0; n < accepted.size(); n++) {
            AgendaItemRow i = accepted.get(n);
            String presenter =
                    i.presenterName() == null
                            ? i.presenterOrganisation()
                            : i.presenterOrganisation() == null
                                    ? i.presenterName()
                                    : i.presenterName() + " (" + i.presenterOrganisation() + ")";
            entries.add(
                    new AgendaEntry(
                            n + 1,
                            i.startsAt(),
                            i.durationMinutes(),
                            i.title(),
                            presenter,
                            i.themes().stream()
                                    .sorted()
                                    .map(t -> texts.getString("theme." + t.name()))
                                    .collect(Collectors.joining(", ")),
                            i.explanation(),
                            i.minutesText()));
        }
        List<DecisionEntry> decisionEntries =
                minutes.decisions(meetingId).stream()
                        .map(
                                d ->
                                        new DecisionEntry(
                                                d.number(),
                                                d.text(),
                                                texts.getString("theme." + d.theme().name())))
                        .toList();
        List<AttendeeEntry> attendees =
                meetings.attendees(meetingId).stream()
                        .map(
                                a ->
                                        new AttendeeEntry(
                                                a.name(),
                                                a.organisation(),
                                                a.rsvp() == null
                                                        ? null
                                                        : texts.getString(
                                                                "rsvp." + a.rsvp().name()),
                                                a.attended()))
                        .toList();
        return new MeetingDocument(
                m.regionName(),
                m.title(),
                m.sequenceLabel(),
                m.startsAt().atZone(ClockConfiguration.ZONE),
                m.endsAt().atZone(ClockConfiguration.ZONE),
                m.location(),
                m.onlineLink(),
                texts.getString("meeting.status." + m.status().name()),
                entries,
                actions(agenda.followUps(), texts),
                decisionEntries,
                actions(actionItems.ofMeeting(meetingId), texts),
                attendees);
    }

    private static List<ActionEntry> actions(List<ActionItemRow> rows, ResourceBundle texts) {
        return rows.stream()
                .map(
                        a ->
                                new ActionEntry(
                                        a.description(),
                                        a.ownerName().isEmpty()
                                                ? a.ownerOrganisation()
                                                : a.ownerOrganisation().isEmpty()
                                                        ? a.ownerName()
                                                        : a.ownerName()
                                                                + " ("
                                                                + a.ownerOrganisation()
                                                                + ")",
                                        a.dueDate(),
                                        texts.getString("action.status." + a.status().name())))
                .toList();
    }
}
