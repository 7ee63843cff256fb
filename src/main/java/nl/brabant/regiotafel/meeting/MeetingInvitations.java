package nl.brabant.regiotafel.meeting;

import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import nl.brabant.regiotafel.base.format.DateFormats;
import nl.brabant.regiotafel.base.mail.MailMessage;
import nl.brabant.regiotafel.base.mail.Mailer;
import nl.brabant.regiotafel.meeting.export.CalendarInvite;
import nl.brabant.regiotafel.meeting.export.MeetingCalendarExporter;
import nl.brabant.regiotafel.meeting.export.MeetingDocument;
import nl.brabant.regiotafel.notification.Delivery;
import nl.brabant.regiotafel.notification.NotificationKind;
import nl.brabant.regiotafel.notification.NotificationPreferences;
import nl.brabant.regiotafel.security.PeopleDirectory;
import nl.brabant.regiotafel.security.PersonSummary;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Sends each invitee of a published meeting its calendar invitation by e-mail, after commit: on
 * publication and after a change of time or place (METHOD REQUEST, the sequence raised), and on
 * cancellation (METHOD CANCEL). Everyone who hears of the kind immediately gets it; who chose a
 * digest or the application only, reads it there and can subscribe to the calendar feed instead.
 */
@Component
class MeetingInvitations {

    private final MeetingRepository meetings;
    private final MeetingExportService exports;
    private final MeetingCalendarExporter calendar;
    private final PeopleDirectory people;
    private final NotificationPreferences preferences;
    private final Mailer mailer;
    private final String from;
    private final String baseUrl;

    MeetingInvitations(
            MeetingRepository meetings,
            MeetingExportService exports,
            MeetingCalendarExporter calendar,
            PeopleDirectory people,
            NotificationPreferences preferences,
            Mailer mailer,
            @Value("${regiotafel.mail.from:regiotafel@localhost}") String from,
            @Value("${regiotafel.base-url:http://localhost:8080}") String baseUrl) {
        this.meetings = meetings;
        this.exports = exports;
        this.calendar = calendar;
        this.people = people;
        this.preferences = preferences;
        this.mailer = mailer;
        this.from = from;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The UID of a meeting's event everywhere: download, invitation and feed. */
    static String uid(long meetingId) {
        return "regiotafel-meeting-" + meetingId + "@regiotafel";
    }

    @EventListener
    void send(CalendarChange change) {
        Meeting meeting = meetings.findById(change.meetingId()).orElseThrow();
        MeetingDocument document = exports.document(change.meetingId());
        String url =
                baseUrl
                        + "/"
                        + MeetingRoutes.meeting(meeting.getRegion().getCode(), meeting.getId());
        NotificationKind kind =
                change.cancel()
                        ? NotificationKind.MEETING_CANCELLED
                        : NotificationKind.AGENDA_PUBLISHED;
        String variant =
                change.cancel()
                        ? "cancel"
                        : meeting.getCalendarSequence() > 0 ? "update" : "request";
        ResourceBundle texts =
                ResourceBundle.getBundle("vaadin-i18n.translations", DateFormats.DUTCH);
        String organizer = meeting.getRegion().getName() + " – Regiotafel";
        String when = DateFormats.dayAndTime(meeting.getStartsAt(), DateFormats.DUTCH);
        String where =
                meeting.getLocation() == null || meeting.getLocation().isBlank()
                        ? ""
                        : "(" + meeting.getLocation() + ")";
        for (PersonSummary person : people.membersOf(meeting.getRegion().getId())) {
            if (person.email() == null
                    || person.email().isBlank()
                    || preferences.of(person.id(), kind) != Delivery.IMMEDIATE) {
                continue;
            }
            String ics =
                    calendar.invitation(
                            document,
                            uid(meeting.getId()),
                            url,
                            new CalendarInvite(
                                    meeting.getCalendarSequence(),
                                    change.cancel(),
                                    organizer,
                                    from,
                                    person.displayName(),
                                    person.email()));
            Object[] args = {person.displayName(), meeting.getTitle(), when, where};
            MailMessage message =
                    MailMessage.of(
                            person.email(),
                            text(texts, "invitation." + variant + ".subject", args),
                            List.of(
                                    text(texts, "invitation." + variant + ".body", args),
                                    text(texts, "invitation.calendar", args)),
                            texts.getString("invitation.link"),
                            url,
                            texts.getString("notification.mail.footer"));
            mailer.sendAfterCommit(
                    message.withCalendar(change.cancel() ? "CANCEL" : "REQUEST", ics));
        }
    }

    private static String text(ResourceBundle texts, String key, Object[] args) {
        return new MessageFormat(texts.getString(key), DateFormats.DUTCH).format(args);
    }
}
