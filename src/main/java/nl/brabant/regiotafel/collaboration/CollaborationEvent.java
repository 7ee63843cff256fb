package nl.brabant.regiotafel.collaboration;

/**
 * Something others in the same document should see without reloading: a change of presence (the
 * hub's own), or a {@link DocumentChange} that the document's feature published.
 */
public record CollaborationEvent(
        Kind kind,
        String documentKey,
        Long articleId,
        String byParticipantId,
        String byName,
        DocumentChange change) {

    /** A change of presence: someone came, left, started or stopped editing. */
    public CollaborationEvent(
            Kind kind, String documentKey, Long articleId, String byParticipantId, String byName) {
        this(kind, documentKey, articleId, byParticipantId, byName, null);
    }

    public static CollaborationEvent of(DocumentChange change) {
        return new CollaborationEvent(Kind.CHANGE, change.documentKey(), null, null, null, change);
    }

    public enum Kind {
        /** Someone came, left, started or stopped editing. */
        PRESENCE,
        /** The document changed: {@link #change} says how. */
        CHANGE
    }
}
