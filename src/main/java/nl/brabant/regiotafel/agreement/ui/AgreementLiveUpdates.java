package nl.brabant.regiotafel.agreement.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import nl.brabant.regiotafel.agreement.AgreementEvent;
import nl.brabant.regiotafel.agreement.AgreementService;
import nl.brabant.regiotafel.collaboration.CollaborationEvent;
import nl.brabant.regiotafel.collaboration.CollaborationHub;
import nl.brabant.regiotafel.collaboration.LockLost;
import nl.brabant.regiotafel.collaboration.Participant;
import nl.brabant.regiotafel.collaboration.PersonPresence;
import nl.brabant.regiotafel.collaboration.PresenceEntry;

/**
 * The live part of one agreement page in one window: it is in the agreement's presence while the
 * page is attached (and its browser answers: {@link WindowPresence}), hears the agreement's changes
 * from the hub, and shows who else is here, one chip per person. A burst of changes becomes one
 * update, handed over in order on the UI thread; which part of the page each change touches is the
 * page's business ({@code onChanges}).
 *
 * <p>The window's own changes come back to it as well (as they reach the same person's other
 * windows): the page already shows them, so it ignores a change it already shows.
 */
final class AgreementLiveUpdates {

    private final CollaborationHub hub;
    private final Participant me;
    private final Consumer<List<AgreementEvent>> onChanges;
    private final Function<Long, String> articleNumber;
    private final Consumer<List<PresenceEntry>> onPresence;
    private final Consumer<LockLost> onLockLost;
    private final PresenceBar presenceBar = new PresenceBar();

    /**
     * Others' changes not yet shown here, and whether presence changed; filled on the hub's thread.
     */
    private final Queue<AgreementEvent> pending = new ConcurrentLinkedQueue<>();

    private final AtomicBoolean presenceChanged = new AtomicBoolean();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private WindowPresence presence;
    private CollaborationHub.Subscription subscription;
    private UI ui;
    private boolean waitingForBrowser;

    /**
     * @param onChanges runs on the UI thread with the changes heard since the last update, in order
     * @param articleNumber the number a reader sees for an article id (for "editing article 3")
     * @param onPresence runs on the UI thread with every window in the document, after the bar is
     *     drawn
     * @param onLockLost runs on the UI thread when this window lost an article it was editing
     */
    AgreementLiveUpdates(
            CollaborationHub hub,
            Participant me,
            Consumer<List<AgreementEvent>> onChanges,
            Function<Long, String> articleNumber,
            Consumer<List<PresenceEntry>> onPresence,
            Consumer<LockLost> onLockLost) {
        this.onLockLost = onLockLost;
        this.hub = hub;
        this.me = me;
        this.onChanges = onChanges;
        this.articleNumber = articleNumber;
        this.onPresence = onPresence;
    }

    /**
     * Follows the agreement the page shows. The same page object is reused when the person moves on
     * to another agreement (a new draft line): it then leaves the previous one.
     */
    void follow(long agreementId) {
        String documentKey = AgreementService.documentKey(agreementId);
        if (presence != null && presence.documentKey().equals(documentKey)) {
            return;
        }
        UI attachedTo = ui;
        if (attachedTo != null) {
            leaveDocument();
        }
        presence = new WindowPresence(hub, documentKey, me, onLockLost, this::showPresence);
        if (attachedTo != null) {
            enterDocument(attachedTo);
        }
    }

    void attach(UI attachedTo) {
        enterDocument(attachedTo);
    }

    void detach() {
        leaveDocument();
    }

    /** This window's presence and locks in the agreement followed. */
    WindowPresence presence() {
        return presence;
    }

    PresenceBar presenceBar() {
        return presenceBar;
    }

    void showPresence() {
        List<PresenceEntry> windows = presence.windows();
        presenceBar.show(PersonPresence.of(windows), me.userId(), articleNumber);
        onPresence.accept(windows);
    }

    private void enterDocument(UI attachedTo) {
        ui = attachedTo;
        pending.clear();
        presenceChanged.set(false);
        scheduled.set(false);
        waitingForBrowser = false;
        presence.enter(attachedTo);
        subscription = hub.subscribe(presence.documentKey(), event -> heard(attachedTo, event));
        showPresence();
    }

    private void leaveDocument() {
        if (subscription != null) {
            subscription.cancel();
            subscription = null;
        }
        if (presence != null && ui != null) {
            presence.leave();
        }
        ui = null;
    }

    /** On the hub's thread: only the first of a burst schedules an update. */
    private void heard(UI attachedTo, CollaborationEvent event) {
        if (event.change() instanceof AgreementEvent change) {
            pending.add(change);
        } else if (event.kind() == CollaborationEvent.Kind.PRESENCE
                && !me.id().equals(event.byParticipantId())) {
            presenceChanged.set(true);
        } else {
            return;
        }
        if (scheduled.compareAndSet(false, true)) {
            try {
                attachedTo.access(this::catchUp);
            } catch (UIDetachedException closed) {
                // The window is gone: nobody left to tell.
            }
        }
    }

    /**
     * Shows others' changes, under the UI lock. With nobody listening (a closed tab, a dropped push
     * connection, a client without push) the page is brought up to date when its browser next
     * speaks, instead of drawing it for every save and keeping every drawn page in memory until
     * then (found with the load test: pages piled up in sessions whose clients had no push).
     */
    private void catchUp() {
        UI attachedTo = ui;
        if (attachedTo == null) {
            return;
        }
        var push = attachedTo.getInternals().getPushConnection();
        if (push == null || !push.isConnected()) {
            if (!waitingForBrowser) {
                waitingForBrowser = true;
                attachedTo.beforeClientResponse(
                        presenceBar,
                        context -> {
                            waitingForBrowser = false;
                            showPending();
                        });
            }
            return;
        }
        showPending();
    }

    private void showPending() {
        scheduled.set(false);
        List<AgreementEvent> changes = new ArrayList<>();
        for (AgreementEvent change = pending.poll(); change != null; change = pending.poll()) {
            changes.add(change);
        }
        boolean presenceToShow = presenceChanged.getAndSet(false);
        if (ui == null || (changes.isEmpty() && !presenceToShow)) {
            return;
        }
        if (!changes.isEmpty()) {
            onChanges.accept(changes);
        }
        if (ui != null) {
            showPresence();
        }
    }
}
