package nl.brabant.regiotafel.meeting.export;

import static nl.brabant.regiotafel.base.format.DocumentText.isBlank;
import static nl.brabant.regiotafel.base.format.DocumentText.orEmpty;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Status;
import java.util.Date;
import java.util.StringJoiner;
import nl.brabant.regiotafel.base.format.DocumentText;
import org.springframework.stereotype.Component;

/** Writes a meeting as one iCalendar (RFC 5545) event, to add it to a calendar. */
@Component
public class MeetingCalendarExporter {

    static final String PRODUCT_ID = "-//Provincie Noord-Brabant//Regiotafel//NL";
    private static final String CANCELLED_LABEL = "Geannuleerd";

    /**
     * @param uid a stable identifier of the meeting, so that a new export updates the event a
     *     calendar already has
     * @param url the meeting's page in the workspace; may be null
     */
    public String icalendar(MeetingDocument m, String uid, String url) {
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
        }
        event.setStatus(isCancelled(m) ? Status.cancelled() : Status.confirmed());

        ICalendar calendar = new ICalendar();
        calendar.setProductId(PRODUCT_ID);
        // Times are written as Amsterdam wall-clock time with its TZID, as a Dutch attendee expects
        // to read them.
        calendar.getTimezoneInfo().setDefaultTimezone(AmsterdamTimezone.assignment());
        calendar.addEvent(event);
        return Biweekly.write(calendar).go();
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
        return m.statusLabel() != null && CANCELLED_LABEL.equalsIgnoreCase(m.statusLabel().strip());
    }
}
