package nl.brabant.regiotafel.agreement;

/**
 * CONFLICT_COPY keeps a refused save's text in the history: it never becomes the article's text.
 * IMPORT is an article made from a Word file (the revision's remark names the file).
 */
public enum RevisionKind {
    CREATE,
    EDIT,
    MOVE,
    DELETE,
    RESTORE,
    CONFLICT_COPY,
    IMPORT
}
