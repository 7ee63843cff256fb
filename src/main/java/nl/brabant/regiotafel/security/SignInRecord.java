package nl.brabant.regiotafel.security;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;

/**
 * What a session remembers of its sign-in, for the own account page: when, from which browser and
 * address. {@code key} names the session on that page instead of its id, which is a credential and
 * never leaves {@link SessionTracker}. Browser and address may be unknown (null).
 */
record SignInRecord(String key, Instant signedInAt, String userAgent, String address)
        implements Serializable {

    @Serial private static final long serialVersionUID = 1L;
}
