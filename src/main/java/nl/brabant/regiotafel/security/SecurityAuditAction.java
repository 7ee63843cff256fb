package nl.brabant.regiotafel.security;

/** What a {@link SecurityAudit} entry records. Stored by name in {@code security_audit.action}. */
enum SecurityAuditAction {
    ORGANISATION_CREATED,
    ORGANISATION_RENAMED,
    ORGANISATION_TYPE_CHANGED,
    ORGANISATION_MERGED,
    NAME_CHANGED,
    PASSWORD_CHANGED,
    PASSWORD_CHANGE_REFUSED,
    EMAIL_CHANGE_REQUESTED,
    EMAIL_CHANGED,
    EMAIL_CHANGE_REFUSED,
    SESSION_ENDED,
    SIGNED_OUT_EVERYWHERE;

    /** What the entry is about. */
    enum Subject {
        ORGANISATION,
        ACCOUNT
    }
}
