package nl.brabant.regiotafel.meeting.export;

/**
 * Who invites whom to a meeting, in which version of it ({@code sequence}), and whether it is the
 * cancellation.
 */
public record CalendarInvite(
        int sequence,
        boolean cancel,
        String organizerName,
        String organizerEmail,
        String attendeeName,
        String attendeeEmail) {}
