package nl.brabant.regiotafel.collaboration;

import java.time.Instant;

/** The answer to "may I edit this article": granted, or held by someone (idle since when). */
public record LockResult(boolean granted, Participant holder, Instant holderLastActivity, boolean mayTakeOver) {}
