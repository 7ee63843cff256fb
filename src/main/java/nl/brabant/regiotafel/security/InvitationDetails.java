package nl.brabant.regiotafel.security;

/** What the person who opens an invitation link is shown before they choose a password. */
public record InvitationDetails(
        String email,
        String displayName,
        String regionName,
        Role role,
        String organisationName,
        String invitedBy,
        String language,
        String suggestedUsername) {}
