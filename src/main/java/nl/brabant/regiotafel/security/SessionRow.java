package nl.brabant.regiotafel.security;

import java.time.Instant;

/**
 * One of the person's own open sessions. {@code key} names it for {@link
 * AccountService#endSession}; {@code browser} and {@code address} are null when unknown; {@code
 * current} is the session of the page asking.
 */
public record SessionRow(
        String key,
        Instant signedInAt,
        Instant lastSeen,
        String browser,
        String address,
        boolean current) {}
