package nl.brabant.regiotafel.meeting.export;

import java.time.ZonedDateTime;
import java.util.List;

/** Everything the exports print about one regiotafel meeting; texts may be null or empty. */
public record MeetingDocument(
        String regionName,
        String title,
        String sequenceLabel,
        ZonedDateTime start,
        ZonedDateTime end,
        String location,
        String onlineLink,
        String statusLabel,
        List<AgendaEntry> agenda,
        List<ActionEntry> followUps,
        List<DecisionEntry> decisions,
        List<ActionEntry> actions,
        List<AttendeeEntry> attendees) {}
