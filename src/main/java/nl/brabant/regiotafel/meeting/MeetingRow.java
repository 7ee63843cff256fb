package nl.brabant.regiotafel.meeting;

import java.time.Instant;

/** A meeting in a list. */
public record MeetingRow(
        long id,
        String title,
        String sequenceLabel,
        Instant startsAt,
        Instant endsAt,
        MeetingStatus status) {

    static MeetingRow of(Meeting m) {
        return new MeetingRow(
                m.getId(),
                m.getTitle(),
                m.getSequenceLabel(),
                m.getStartsAt(),
                m.getEndsAt(),
                m.getStatus());
    }
}
