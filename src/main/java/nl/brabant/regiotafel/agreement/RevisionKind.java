package nl.brabant.regiotafel.agreement;

/**
 * CONFLICT_COPY keeps a refused save's text in the history: it never becomes the article's text.
 */
public enum RevisionKind {
    CREATE,
    EDIT,
    MOVE,
    DELETE,
    RESTORE,
    CONFLICT_COPY
}
