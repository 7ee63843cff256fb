package nl.brabant.regiotafel.security;

import java.time.Instant;

/** A pending invitation as the region page lists it. */
public record InvitationRow(
        long id,
        String email,
        String displayName,
        String organisationName,
        Role role,
        String invitedBy,
        Instant sentAt,
        Instant expiresAt,
        boolean expired) {}
