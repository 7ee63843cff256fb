package nl.brabant.regiotafel.agreement.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.function.Consumer;
import nl.brabant.regiotafel.collaboration.CollaborationHub;
import nl.brabant.regiotafel.collaboration.LockLost;
import nl.brabant.regiotafel.collaboration.LockResult;
import nl.brabant.regiotafel.collaboration.Participant;
import nl.brabant.regiotafel.collaboration.PresenceEntry;

/**
 * This browser window in one document: its presence and its article locks. Every Vaadin heartbeat
 * tells the hub the browser is still there, so a crashed, offline or sleeping browser drops out of
 * the document within about a minute instead of at the end of its session; a window that comes back
 * after such a lapse joins again. What the hub says about a lost lock reaches the UI thread.
 */
final class WindowPresence {

    private final CollaborationHub hub;
    private final String documentKey;
    private final Participant me;
    private final Consumer<LockLost> onLockLost;
    private final Runnable onRejoin;
    private Consumer<LockLost> toUi = lost -> {};
    private Registration heartbeats;

    /**
     * @param onLockLost runs on the UI thread when this window lost an article it was editing
     * @param onRejoin runs on the UI thread when the window had dropped out and is back
     */
    WindowPresence(
            CollaborationHub hub,
            String documentKey,
            Participant me,
            Consumer<LockLost> onLockLost,
            Runnable onRejoin) {
        this.hub = hub;
        this.documentKey = documentKey;
        this.me = me;
        this.onLockLost = onLockLost;
        this.onRejoin = onRejoin;
    }

    void enter(UI ui) {
        toUi =
                lost -> {
                    try {
                        ui.access(() -> onLockLost.accept(lost));
                    } catch (UIDetachedException closed) {
                        // The window is gone: nobody left to tell.
                    }
                };
        hub.join(documentKey, me, toUi);
        heartbeats = ui.addHeartbeatListener(beat -> stillHere());
    }

    void leave() {
        if (heartbeats != null) {
            heartbeats.remove();
            heartbeats = null;
        }
        hub.leave(documentKey, me.id());
    }

    /** The browser showed a sign of life: back into the document if the hub had let it go. */
    void stillHere() {
        if (!hub.seen(documentKey, me.id())) {
            hub.join(documentKey, me, toUi);
            onRejoin.run();
        }
    }

    String documentKey() {
        return documentKey;
    }

    Participant me() {
        return me;
    }

    boolean isThisWindow(Participant participant) {
        return me.id().equals(participant.id());
    }

    boolean isMe(Participant participant) {
        return me.userId() == participant.userId();
    }

    List<PresenceEntry> windows() {
        return hub.presence(documentKey);
    }

    LockResult lock(long articleId, boolean takeOver) {
        stillHere();
        return hub.lock(documentKey, articleId, me, takeOver);
    }

    void typing() {
        hub.touch(documentKey, me.id());
    }

    boolean holds(long articleId) {
        return hub.holds(documentKey, articleId, me.id());
    }

    void unlock(long articleId) {
        hub.unlock(documentKey, articleId, me.id());
    }
}
