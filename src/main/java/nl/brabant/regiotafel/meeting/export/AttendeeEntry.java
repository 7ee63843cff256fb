package nl.brabant.regiotafel.meeting.export;

/** An invitee; {@code attended} is null while attendance has not been recorded. */
public record AttendeeEntry(String name, String organisation, String rsvpLabel, Boolean attended) {}
