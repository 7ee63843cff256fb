package nl.brabant.regiotafel.meeting;

/**
 * An agenda item or attachment of a meeting was marked confidential ("vertrouwelijk") or public
 * again. Published inside the transaction that changed the flag, so that whoever keeps public
 * versions withdraws them in that same transaction: there is no moment at which the flag is saved
 * and the public version still online.
 */
public record ConfidentialityChanged(
        long meetingId, long regionId, String subject, boolean confidential, long byUserId) {}
