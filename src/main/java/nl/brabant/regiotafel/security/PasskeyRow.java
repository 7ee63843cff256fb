package nl.brabant.regiotafel.security;

import java.time.Instant;

/** One of a person's passkeys as the security page lists it; {@code id} is base64url. */
public record PasskeyRow(String id, String label, Instant created, Instant lastUsed) {}
