package nl.brabant.regiotafel.meeting;

import java.time.Instant;

/** What a person fills in to schedule or change a meeting; the service checks it. */
public record MeetingForm(
        String title,
        String sequenceLabel,
        Instant startsAt,
        Instant endsAt,
        Instant proposalDeadline,
        String location,
        String onlineLink) {}
