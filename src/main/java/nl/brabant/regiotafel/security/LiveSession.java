package nl.brabant.regiotafel.security;

import java.time.Instant;

/** One open session of a person, as {@link SessionTracker} knows it. */
record LiveSession(String httpSessionId, SignInRecord signIn, Instant lastSeen) {}
