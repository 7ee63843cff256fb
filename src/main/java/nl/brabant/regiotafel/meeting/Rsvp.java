package nl.brabant.regiotafel.meeting;

public enum Rsvp {
    YES,
    NO,
    MAYBE
}
