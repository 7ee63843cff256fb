package nl.brabant.regiotafel.collaboration;

import java.time.Instant;

/** Who is in the document, and which article (if any) they are editing since when. */
public record PresenceEntry(Participant participant, Long editingArticleId, Instant lastActivity) {}
