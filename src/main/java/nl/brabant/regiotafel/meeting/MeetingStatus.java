package nl.brabant.regiotafel.meeting;

/** PLANNED → AGENDA_PUBLISHED → HELD → MINUTES_APPROVED, or CANCELLED before it is held. */
public enum MeetingStatus {
    PLANNED,
    AGENDA_PUBLISHED,
    HELD,
    MINUTES_APPROVED,
    CANCELLED;

    boolean agendaOpen() {
        return this == PLANNED;
    }

    boolean minutesOpen() {
        return this == AGENDA_PUBLISHED || this == HELD;
    }
}
