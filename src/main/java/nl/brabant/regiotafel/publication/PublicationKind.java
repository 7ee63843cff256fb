package nl.brabant.regiotafel.publication;

/** What was published; the public site and the feed name it in Dutch. */
public enum PublicationKind {
    /** A published agenda. */
    AGENDA,
    /** Approved minutes with the decision list. */
    MINUTES,
    /** An adopted agreement with its adoption per municipality. */
    AGREEMENT
}
