package nl.brabant.regiotafel.agreement.ui;

import com.vaadin.flow.component.UI;
import java.util.List;
import nl.brabant.regiotafel.collaboration.CollaborationHub;
import nl.brabant.regiotafel.collaboration.LockResult;
import nl.brabant.regiotafel.collaboration.Participant;
import nl.brabant.regiotafel.collaboration.PresenceEntry;

/** This browser window in one document: its presence and its article locks. */
final class WindowPresence {

    private final CollaborationHub hub;
    private final String documentKey;
    private final Participant me;

    WindowPresence(CollaborationHub hub, String documentKey, Participant me) {
        this.hub = hub;
        this.documentKey = documentKey;
        this.me = me;
    }

    void enter(UI ui) {
        hub.join(documentKey, me);
    }

    void leave() {
        hub.leave(documentKey, me.id());
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

    List<PresenceEntry> windows() {
        return hub.presence(documentKey);
    }

    LockResult lock(long articleId, boolean takeOver) {
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
