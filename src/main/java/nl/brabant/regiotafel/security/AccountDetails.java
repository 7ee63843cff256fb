package nl.brabant.regiotafel.security;

/**
 * The signed-in person's own account as the account page shows it. {@code pendingEmail} is a new
 * address waiting for confirmation; {@code language} is null until the person chose one.
 */
public record AccountDetails(
        String username,
        String displayName,
        String email,
        String pendingEmail,
        String language,
        String organisationName) {}
