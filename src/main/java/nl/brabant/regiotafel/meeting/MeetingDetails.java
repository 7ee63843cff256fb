package nl.brabant.regiotafel.meeting;

import java.time.Instant;

/** A meeting's page header, with what the current user may do there. */
public record MeetingDetails(
        long id,
        long regionId,
        String regionCode,
        String regionName,
        String title,
        String sequenceLabel,
        Instant startsAt,
        Instant endsAt,
        Instant proposalDeadline,
        String location,
        String onlineLink,
        MeetingStatus status,
        long version,
        Permissions may) {

    /** What the current user may do on this meeting now (its status taken into account). */
    public record Permissions(
            boolean edit,
            boolean propose,
            boolean manageAgenda,
            boolean writeMinutes,
            boolean createActionItems,
            boolean rsvp) {}

    public MeetingForm toForm() {
        return new MeetingForm(
                title, sequenceLabel, startsAt, endsAt, proposalDeadline, location, onlineLink);
    }
}
