package nl.brabant.regiotafel.notification;

/** How a person hears of one kind of notification; IMMEDIATE unless they chose otherwise. */
public enum Delivery {
    /** An e-mail at once (for a published agenda: the calendar invitation). */
    IMMEDIATE,
    /** One e-mail a day with everything of the past day. */
    DAILY,
    /** One e-mail a week, on Monday. */
    WEEKLY,
    /** Only in the application's notification list. */
    IN_APP;

    boolean isDigest() {
        return this == DAILY || this == WEEKLY;
    }
}
