package nl.brabant.regiotafel.meeting.export;

import static nl.brabant.regiotafel.base.format.DocumentText.isBlank;
import static nl.brabant.regiotafel.base.format.DocumentText.orEmpty;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.parameter.ParticipationLevel;
import biweekly.parameter.ParticipationStatus;
import biweekly.property.Attendee;
import biweekly.property.Method;
import biweekly.property.Organizer;
import biweekly.property.Status;
import biweekly.util.Duration;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;
import nl.brabant.regiotafel.base.format.DocumentText;
import org.springframework.stereotype.Component;

/** Writes a meeting as one iCalendar (RFC 5545) event, to add it to a calendar. */
@Component
public class MeetingCalendarExporter {

    static final String PRODUCT_ID = "-//Provincie Noord-Brabant//Regiotafel//NL";
    private static final Set<String> CANCELLED_LABELS = Set.of("geannuleerd", "afgelast");

    /**
     * @param uid a stable identifier of the meeting, so that a new export updates the event a
     *     calendar already has
     * @param url the meeting's page in the workspace; may be null
     */
    public String icalendar(MeetingDocument m, String uid, String url) {
        return write(calendar(), event(m, uid, url));
    }

    /**
     * An invitation to one attendee (iTIP, RFC 5546): METHOD REQUEST for a new or changed meeting,
     * CANCEL (with STATUS CANCELLED) for a cancelled one; the same UID each time and a SEQUENCE
     * that rises with every change, so the calendar replaces the event it has.
     */
    public String invitation(MeetingDocument m, String uid, String url, CalendarInvite invite) {
        VEvent event = event(m, uid, url);
        event.setSequence(invite.sequence());
        Organizer organizer = new Organizer(invite.organizerName(), invite.organizerEmail());
        event.setOrganizer(organizer);
        Attendee attendee = new Attendee(invite.attendeeName(), invite.attendeeEmail());
        attendee.setParticipationLevel(ParticipationLevel.REQUIRED);
        attendee.setRsvp(!invite.cancel());
        attendee.setParticipationStatus(ParticipationStatus.NEEDS_ACTION);
        event.addAttendee(attendee);
        ICalendar calendar = calendar();
        if (invite.cancel()) {
            event.setStatus(Status.cancelled());
            calendar.setMethod(Method.cancel());
        } else {
            event.setStatus(Status.confirmed());
            calendar.setMethod(Method.request());
        }
        return write(calendar, event);
    }

    /** A subscription calendar (no METHOD): one event per meeting, each with its sequence. */
    public String feed(String name, List<FeedEntry> entries) {
        ICalendar calendar = calendar();
        calendar.setName(name);
        calendar.setRefreshInterval(new Duration.Builder().hours(1).build());
        for (FeedEntry entry : entries) {
            VEvent event = event(entry.meeting(), entry.uid(), entry.url());
            event.setSequence(entry.sequence());
            calendar.addEvent(event);
        }
        return Biweekly.write(calendar).go();
    }

    private static ICalendar calendar() {
        ICalendar calendar = new ICalendar();
        calendar.setProductId(PRODUCT_ID);
        // Times are written as Amsterdam wall-clock time with its TZID, as a Dutch attendee expects
        // to read them.
        calendar.getTimezoneInfo().setDefaultTimezone(AmsterdamTimezone.assignment());
        return calendar;
    }

    private static String write(ICalendar calendar, VEvent event) {
        calendar.addEvent(event);
        return Biweekly.write(calendar).go();
    }

    private static VEvent event(MeetingDocument m, String uid, String url) {
        if (m.start() == null) {
            throw new IllegalArgumentException(
                    "A meeting without a start time cannot be put in a calendar");
        }
        if (isBlank(uid)) {
            throw new IllegalArgumentException("uid is required");
        }
        VEvent event = new VEvent();
        event.setUid(uid);
        event.setDateStart(Date.from(m.start().toInstant()));
        if (m.end() != null) {
            event.setDateEnd(Date.from(m.end().toInstant()));
        }
        event.setSummary(summary(m));
        String location = isBlank(m.location()) ? m.onlineLink() : m.location();
        if (!isBlank(location)) {
            event.setLocation(location);
        }
        String description = description(m);
        if (!description.isEmpty()) {
            event.setDescription(description);
        }
        if (!isBlank(url)) {
            event.setUrl(url);
            event.setDescription(
                    description.isEmpty() ? url : description + "\n\nRegiotafel: " + url);
        }
        event.setStatus(isCancelled(m) ? Status.cancelled() : Status.confirmed());
        return event;
    }

    private static String summary(MeetingDocument m) {
        String title = isBlank(m.title()) ? "Regiotafel" : m.title();
        return isBlank(m.regionName()) ? title : title + " – " + m.regionName();
    }

    private static String description(MeetingDocument m) {
        StringJoiner lines = new StringJoiner("\n");
        if (!isBlank(m.sequenceLabel())) {
            lines.add(m.sequenceLabel());
        }
        if (!isBlank(m.onlineLink())) {
            lines.add("Online deelnemen: " + m.onlineLink());
        }
        var agenda = orEmpty(m.agenda());
        if (!agenda.isEmpty()) {
            lines.add("");
            lines.add("Agenda:");
            agenda.forEach(
                    item -> lines.add(item.number() + ". " + DocumentText.orDash(item.title())));
        }
        return lines.toString();
    }

    private static boolean isCancelled(MeetingDocument m) {
        return m.statusLabel() != null
                && CANCELLED_LABELS.contains(m.statusLabel().strip().toLowerCase(Locale.ROOT));
    }
}
