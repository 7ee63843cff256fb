package nl.brabant.regiotafel.collaboration;

/**
 * Tells one window that it no longer holds an article it was editing, and why. Only that window
 * hears it: it closes its editor and keeps what was typed there.
 *
 * @param takenBy the window that holds the article now, or {@code null} when the lock simply lapsed
 */
public record LockLost(
        String documentKey,
        long articleId,
        String participantId,
        Participant takenBy,
        Reason reason) {

    public enum Reason {
        /** Someone else took over after this window had been idle too long. */
        TAKEN_OVER,
        /** The same person started editing the article in another window (tab, browser, device). */
        EDITING_ELSEWHERE,
        /** The window's browser stopped answering (crashed, lost its network, went to sleep). */
        CONNECTION_LOST
    }
}
