package nl.brabant.regiotafel.collaboration;

import java.util.List;
import java.util.function.Consumer;

/**
 * Presence, soft locks and change events for co-edited documents. Views talk only to this
 * interface: a second application node is added by swapping the in-memory implementation for one
 * backed by a shared store or message broker, without touching the views.
 *
 * <p>Presence follows the browser, not the session: a window stays in a document only while it is
 * {@link #seen heard from}; a window not heard from for the configured time (its browser crashed,
 * lost its network or went to sleep) leaves the document and lets go of its articles.
 */
public interface CollaborationHub {

    /**
     * A window enters the document. {@code onLockLost} is told, on the hub's thread, when this
     * window loses an article it was editing: hand UI work to {@code UI.access}.
     */
    void join(String documentKey, Participant participant, Consumer<LockLost> onLockLost);

    default void join(String documentKey, Participant participant) {
        join(documentKey, participant, lost -> {});
    }

    void leave(String documentKey, String participantId);

    /**
     * The window's browser is still there (it sent a heartbeat). Returns false when the hub no
     * longer knows the window, because it was not heard from for too long: it should join again.
     */
    boolean seen(String documentKey, String participantId);

    /** Every window in the document, sorted by name. */
    List<PresenceEntry> presence(String documentKey);

    /** Every person in the document, one entry however many windows they have open in it. */
    default List<PersonPresence> people(String documentKey) {
        return PersonPresence.of(presence(documentKey));
    }

    /**
     * Asks to edit an article. Others may read while someone holds it; {@code takeOver} succeeds
     * only when the holder has been idle for longer than the configured time. An article held by
     * another window of the same person is handed over at once. A window that loses an article is
     * told through its {@link LockLost} listener.
     */
    LockResult lock(String documentKey, long articleId, Participant participant, boolean takeOver);

    /** Keeps the lock alive while the holder types. */
    void touch(String documentKey, String participantId);

    void unlock(String documentKey, long articleId, String participantId);

    /** Whether this participant still holds the article (a take-over may have happened). */
    boolean holds(String documentKey, long articleId, String participantId);

    void publish(CollaborationEvent event);

    /**
     * Listeners are called on the hub's own thread, in publishing order: hand UI work to {@code
     * UI.access}.
     */
    Subscription subscribe(String documentKey, Consumer<CollaborationEvent> listener);

    interface Subscription {
        void cancel();
    }
}
