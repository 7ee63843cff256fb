package nl.brabant.regiotafel.agreement;

/**
 * What an audit entry records. Stored by name in {@code audit_entry.action} (the names are the
 * strings written before this enum existed, so old rows read the same); shown as {@code
 * audit.NAME}.
 */
enum AuditAction {
    CREATED,
    ARTICLE_ADDED,
    ARTICLE_SAVED,
    CONFLICT_KEPT,
    ARTICLE_DELETED,
    ARTICLE_MOVED,
    RESTORED,
    VERSION_NAMED,
    TO_CONSULTATION,
    BACK_TO_DRAFT,
    ADOPTION_STARTED,
    ADOPTED_BY_MUNICIPALITY,
    ADOPTED,
    NEW_DRAFT_STARTED,
    COMMITMENT_ADDED,
    PROGRESS_REPORTED,
    COMMENTED,
    IMPORTED_FROM_WORD
}
