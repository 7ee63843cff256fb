package nl.brabant.regiotafel.collaboration;

import java.util.List;
import java.util.function.Consumer;

/**
 * Presence, soft locks and change events for co-edited documents. Views talk only to this
 * interface: a second application node is added by swapping the in-memory implementation for one
 * backed by a shared store or message broker, without touching the views.
 */
public interface CollaborationHub {

    void join(String documentKey, Participant participant);

    void leave(String documentKey, String participantId);

    List<PresenceEntry> presence(String documentKey);

    /**
     * Asks to edit an article. Others may read while someone holds it; {@code takeOver} succeeds
     * only when the holder has been idle for longer than the configured time.
     */
    LockResult lock(String documentKey, long articleId, Participant participant, boolean takeOver);

    /** Keeps the lock alive while the holder types. */
    void touch(String documentKey, String participantId);

    void unlock(String documentKey, long articleId, String participantId);

    /** Whether this participant still holds the article (a take-over may have happened). */
    boolean holds(String documentKey, long articleId, String participantId);

    void publish(CollaborationEvent event);

    /** Listeners are called on the publisher's thread: hand UI work to {@code UI.access}. */
    Subscription subscribe(String documentKey, Consumer<CollaborationEvent> listener);

    interface Subscription {
        void cancel();
    }
}
