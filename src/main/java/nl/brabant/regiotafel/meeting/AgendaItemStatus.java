package nl.brabant.regiotafel.meeting;

public enum AgendaItemStatus {
    PROPOSED,
    ACCEPTED,
    REJECTED
}
