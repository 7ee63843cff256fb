package nl.brabant.regiotafel.security;

/**
 * Published inside the transaction of a merge, before the duplicate organisation is deleted: every
 * feature that refers to organisations moves its references from {@code removedId} to {@code
 * keptId} in the same transaction, so the merge is whole or not at all. A listener must not refuse;
 * the rules were checked before.
 */
public record OrganisationsMerging(long removedId, long keptId) {}
