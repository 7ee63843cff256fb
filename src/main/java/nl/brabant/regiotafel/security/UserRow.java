package nl.brabant.regiotafel.security;

import java.util.List;

/** A user account as the administration list shows it. */
public record UserRow(
        long id,
        String username,
        String displayName,
        String email,
        String organisationName,
        boolean enabled,
        List<MembershipRow> memberships) {}
