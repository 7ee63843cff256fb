package nl.brabant.regiotafel.security;

/** What {@link SecurityAudit} records about a person's sign-in factors. Stored by name. */
enum SecurityAuditAction {
    PASSKEY_REGISTERED,
    PASSKEY_DELETED,
    RECOVERY_CODES_GENERATED,
    RECOVERY_CODE_USED,
    RECOVERY_CODE_REFUSED,
    PASSKEY_OF_OTHER_ACCOUNT_REFUSED,
    FACTORS_RESET
}
