package nl.brabant.regiotafel.meeting;

/** An invitee: their answer (null: none yet) and attendance (null: not recorded). */
public record AttendeeRow(
        long userId, String name, String organisation, Rsvp rsvp, Boolean attended) {}
