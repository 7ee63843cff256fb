package nl.brabant.regiotafel.security;

/** The account an accepted invitation made, and where its person starts (null: the home page). */
public record AcceptedInvitation(long userId, String username, String regionCode) {}
