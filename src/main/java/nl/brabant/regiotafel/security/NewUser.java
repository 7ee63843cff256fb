package nl.brabant.regiotafel.security;

/** What an administrator fills in to create an account. */
public record NewUser(
        String username, String displayName, String email, Long organisationId, String password) {}
