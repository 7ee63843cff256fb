package nl.brabant.regiotafel.collaboration;

/** Something others in the same document should see without reloading. */
public record CollaborationEvent(Kind kind, String documentKey, Long articleId, String byParticipantId, String byName) {

    public enum Kind {
        /** Someone came, left, started or stopped editing. */
        PRESENCE,
        /** An article was saved, added, moved, deleted or restored. */
        CONTENT,
        /** Status, adoption, commitments or comments changed. */
        DOCUMENT
    }
}
