package nl.brabant.regiotafel.security;

/** What a single-use link is for; a link made for one purpose never works for another. */
public enum TokenPurpose {
    /** Accepting an invitation; the subject is the invitation. */
    INVITATION,
    /** Choosing a new password after "Wachtwoord vergeten?"; the subject is the account. */
    PASSWORD_RESET,
    /** Confirming a new e-mail address; the subject is the account, the payload the address. */
    EMAIL_CHANGE,
    /** The secret address of a person's calendar feed; the subject is the account. */
    CALENDAR_FEED
}
