package nl.brabant.regiotafel.meeting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
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
import nl.brabant.regiotafel.region.RegionService;
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
    private final RegionService regions;
    private final String baseUrl;

    MeetingExportService(
            MeetingService meetings,
            AgendaService agendas,
            MinutesService minutes,
            ActionItemService actionItems,
            MeetingPdfExporter pdf,
            MeetingDocxExporter docx,
            MeetingCalendarExporter calendar,
            RegionService regions,
            @Value("${regiotafel.base-url:http://localhost:8080}") String baseUrl) {
        this.meetings = meetings;
        this.agendas = agendas;
        this.minutes = minutes;
        this.actionItems = actionItems;
        this.pdf = pdf;
        this.docx = docx;
        this.calendar = calendar;
        this.regions = regions;
        this.baseUrl = baseUrl;
    }

    /**
     * The agenda ({@code minutes} false) or the minutes with the decision list, as they may be made
     * public (see {@link PublicMeetingVersion}), with the PDF/A of that version.
     */
    public PublicMeetingVersion publicVersion(long meetingId, boolean minutesVersion) {
        MeetingDetails m = meetings.get(meetingId);
        MeetingDocument document = document(meetingId, true);
        List<PublicMeetingVersion.Line> lines =
                minutesVersion
                        ? document.decisions().stream()
                                .map(d -> new PublicMeetingVersion.Line("B" + d.number(), d.text()))
                                .toList()
                        : document.agenda().stream()
                                .map(
                                        i ->
                                                new PublicMeetingVersion.Line(
                                                        Integer.toString(i.number()), i.title()))
                                .toList();
        return new PublicMeetingVersion(
                m.id(),
                m.regionId(),
                m.regionCode(),
                m.regionName(),
                m.title(),
                m.startsAt().atZone(ClockConfiguration.ZONE).toLocalDate(),
                m.status(),
                lines,
                minutesVersion ? pdf.minutes(document) : pdf.agenda(document));
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
        return document(meetingId, false);
    }

    /**
     * @param publicVersion without confidential items and the decisions on them, and with people of
     *     other organisations than public bodies by their organisation only
     */
    private MeetingDocument document(long meetingId, boolean publicVersion) {
        ResourceBundle texts = ResourceBundle.getBundle("vaadin-i18n.translations", DUTCH);
        MeetingDetails m = meetings.get(meetingId);
        Agenda agenda = agendas.agenda(meetingId);
        List<AgendaItemRow> accepted =
                agenda.items().stream()
                        .filter(i -> i.status() == AgendaItemStatus.ACCEPTED)
                        .filter(i -> !publicVersion || !i.confidential())
                        .toList();
        Set<Long> confidential =
                agenda.items().stream()
                        .filter(AgendaItemRow::confidential)
                        .map(AgendaItemRow::id)
                        .collect(Collectors.toSet());
        List<AgendaEntry> entries = new ArrayList<>();
        for (int n = 0; n < accepted.size(); n++) {
            AgendaItemRow i = accepted.get(n);
            String presenter =
                    person(
                            publicVersion,
                            i.presenterName() == null ? "" : i.presenterName(),
                            i.presenterOrganisation() == null ? "" : i.presenterOrganisation());
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
                        .filter(
                                d ->
                                        !publicVersion
                                                || d.agendaItemId() == null
                                                || !confidential.contains(d.agendaItemId()))
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
                                                !publicVersion || publicBody(a.organisation())
                                                        ? a.name()
                                                        : "",
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
                actions(agenda.followUps(), texts, publicVersion),
                decisionEntries,
                actions(actionItems.ofMeeting(meetingId), texts, publicVersion),
                attendees);
    }

    private List<ActionEntry> actions(
            List<ActionItemRow> rows, ResourceBundle texts, boolean publicVersion) {
        return rows.stream()
                .map(
                        a ->
                                new ActionEntry(
                                        a.description(),
                                        person(publicVersion, a.ownerName(), a.ownerOrganisation()),
                                        a.dueDate(),
                                        texts.getString("action.status." + a.status().name())))
                .toList();
    }

    /**
     * "Name (organisation)"; in a public version the name only for people of public bodies
     * (municipality, province), others by their organisation alone.
     */
    private String person(boolean publicVersion, String name, String organisation) {
        if (publicVersion && !publicBody(organisation)) {
            name = "";
        }
        if (name.isEmpty()) {
            return organisation.isEmpty() ? null : organisation;
        }
        return organisation.isEmpty() ? name : name + " (" + organisation + ")";
    }

    private boolean publicBody(String organisation) {
        return organisation != null
                && !organisation.isEmpty()
                && regions.isPublicBody(organisation);
    }
}
