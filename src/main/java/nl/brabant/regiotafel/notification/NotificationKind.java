package nl.brabant.regiotafel.notification;

public enum NotificationKind {
    AGENDA_PUBLISHED,
    MEETING_CANCELLED,
    AGENDA_ITEM_REJECTED,
    ACTION_ITEM_ASSIGNED,
    MENTIONED;

    /**
     * Kinds whose immediate e-mail is the calendar invitation (or its cancellation) the meeting
     * feature sends; a second, plain e-mail about the same would only be noise.
     */
    public boolean mailedAsInvitation() {
        return this == AGENDA_PUBLISHED || this == MEETING_CANCELLED;
    }
}
