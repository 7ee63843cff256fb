package nl.brabant.regiotafel.collaboration;

import java.time.Instant;

/**
 * The answer to "may I edit this article": granted, or held by someone (idle since when).
 *
 * @param tookOverOwnWindow granted by taking the article from another window of the same person
 */
public record LockResult(
        boolean granted,
        Participant holder,
        Instant holderLastActivity,
        boolean mayTakeOver,
        boolean tookOverOwnWindow) {}
