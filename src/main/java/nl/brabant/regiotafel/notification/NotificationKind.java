package nl.brabant.regiotafel.notification;

public enum NotificationKind {
    AGENDA_PUBLISHED,
    MEETING_CANCELLED,
    AGENDA_ITEM_REJECTED,
    ACTION_ITEM_ASSIGNED,
    MENTIONED
}
