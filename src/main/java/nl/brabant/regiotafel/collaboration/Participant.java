package nl.brabant.regiotafel.collaboration;

/**
 * One browser window in a document. {@code id} is unique per window (a user may have two); the
 * acting user travels with it because push threads have no security context.
 */
public record Participant(String id, long userId, String name) {}
