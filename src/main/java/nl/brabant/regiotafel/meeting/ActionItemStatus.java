package nl.brabant.regiotafel.meeting;

public enum ActionItemStatus {
    OPEN,
    IN_PROGRESS,
    DONE,
    DROPPED;

    public boolean isOpen() {
        return this == OPEN || this == IN_PROGRESS;
    }
}
