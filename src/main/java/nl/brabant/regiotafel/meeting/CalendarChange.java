package nl.brabant.regiotafel.meeting;

/**
 * A published meeting's invitation is due: sent on publication, again when its time or place
 * changed, and as a cancellation ({@code cancel}). Published inside the transaction.
 */
record CalendarChange(long meetingId, boolean cancel) {}
