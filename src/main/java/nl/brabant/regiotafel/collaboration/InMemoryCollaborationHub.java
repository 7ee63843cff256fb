package nl.brabant.regiotafel.collaboration;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The single-node hub: everything in memory of this JVM. Windows and locks are guarded by the hub's
 * monitor; listeners are called on the hub's own thread, never under that monitor.
 *
 * <p>Longer than 250 lines: presence, article locks and the expiry of silent windows share one map
 * of windows under one monitor (a lock is only as good as the presence of its holder), and events
 * go out on the same thread that tells a window it lost its lock.
 */
@Component
class InMemoryCollaborationHub implements CollaborationHub {

    private static final Logger log = LoggerFactory.getLogger(InMemoryCollaborationHub.class);

    /** One browser window in one document. */
    private record Window(
            Participant participant,
            Long editing,
            Instant lastActivity,
            Instant lastSeen,
            Consumer<LockLost> onLockLost) {

        Window editing(Long articleId, Instant now) {
            return new Window(participant, articleId, now, now, onLockLost);
        }

        Window stoppedEditing() {
            return new Window(participant, null, lastActivity, lastSeen, onLockLost);
        }

        Window active(Instant now) {
            return new Window(participant, editing, now, now, onLockLost);
        }

        Window seen(Instant now) {
            return new Window(participant, editing, lastActivity, now, onLockLost);
        }

        PresenceEntry entry() {
            return new PresenceEntry(participant, editing, lastActivity);
        }
    }

    /** Per document: the windows in it by participant id. Guarded by {@code this}. */
    private final Map<String, Map<String, Window>> windows = new HashMap<>();

    /** Per document: which window holds which article. Guarded by {@code this}. */
    private final Map<String, Map<Long, String>> locks = new HashMap<>();

    private final Map<String, List<Consumer<CollaborationEvent>>> listeners =
            new ConcurrentHashMap<>();
    private final Duration idleTakeOver;
    private final Duration presenceTimeout;
    private final Clock clock;
    private final ScheduledExecutorService dispatcher =
            Executors.newSingleThreadScheduledExecutor(
                    runnable -> {
                        Thread thread = new Thread(runnable, "collaboration-events");
                        thread.setDaemon(true);
                        return thread;
                    });

    InMemoryCollaborationHub(
            @Value("${regiotafel.collaboration.idle-take-over:PT2M}") Duration idleTakeOver,
            @Value("${regiotafel.collaboration.presence-timeout:PT60S}") Duration presenceTimeout,
            Clock clock) {
        this.idleTakeOver = idleTakeOver;
        this.presenceTimeout = presenceTimeout;
        this.clock = clock;
    }

    /**
     * Looks for silent windows several times per time-out, so a dead browser is gone at most a
     * sixth of the time-out after it expired (with the default minute: within 70 s of its last
     * sign).
     */
    @PostConstruct
    void start() {
        long every = Math.max(1000, presenceTimeout.toMillis() / 6);
        dispatcher.scheduleWithFixedDelay(
                () -> {
                    try {
                        expireSilentWindows();
                    } catch (RuntimeException e) {
                        log.warn("Expiring silent windows failed: {}", e.toString());
                    }
                },
                every,
                every,
                TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        dispatcher.shutdownNow();
    }

    @Override
    public void join(String documentKey, Participant participant, Consumer<LockLost> onLockLost) {
        synchronized (this) {
            Instant now = clock.instant();
            Map<String, Window> inDocument =
                    windows.computeIfAbsent(documentKey, k -> new HashMap<>());
            Window known = inDocument.get(participant.id());
            // Joining twice keeps what the window edits: its locks are still in place.
            inDocument.put(
                    participant.id(),
                    known == null
                            ? new Window(participant, null, now, now, onLockLost)
                            : new Window(
                                    participant,
                                    known.editing(),
                                    known.lastActivity(),
                                    now,
                                    onLockLost));
        }
        publish(
                new CollaborationEvent(
                        CollaborationEvent.Kind.PRESENCE,
                        documentKey,
                        null,
                        participant.id(),
                        participant.name()));
    }

    @Override
    public void leave(String documentKey, String participantId) {
        Window gone;
        synchronized (this) {
            gone = remove(documentKey, participantId);
        }
        if (gone != null) {
            publish(
                    new CollaborationEvent(
                            CollaborationEvent.Kind.PRESENCE,
                            documentKey,
                            null,
                            participantId,
                            gone.participant().name()));
        }
    }

    @Override
    public synchronized boolean seen(String documentKey, String participantId) {
        Map<String, Window> inDocument = windows.get(documentKey);
        Window window = inDocument == null ? null : inDocument.get(participantId);
        if (window == null) {
            return false;
        }
        inDocument.put(participantId, window.seen(clock.instant()));
        return true;
    }

    @Override
    public synchronized List<PresenceEntry> presence(String documentKey) {
        return windows.getOrDefault(documentKey, Map.of()).values().stream()
                .map(Window::entry)
                .sorted(
                        Comparator.comparing((PresenceEntry e) -> e.participant().name())
                                .thenComparing(e -> e.participant().id()))
                .toList();
    }

    @Override
    public LockResult lock(
            String documentKey, long articleId, Participant participant, boolean takeOver) {
        LockResult result;
        synchronized (this) {
            Instant now = clock.instant();
            Map<Long, String> documentLocks =
                    locks.computeIfAbsent(documentKey, k -> new HashMap<>());
            Map<String, Window> inDocument =
                    windows.computeIfAbsent(documentKey, k -> new HashMap<>());
            String holderId = documentLocks.get(articleId);
            Window holder = holderId == null ? null : inDocument.get(holderId);
            boolean ownWindow = false;
            if (holder != null && !holderId.equals(participant.id())) {
                ownWindow = holder.participant().userId() == participant.userId();
                boolean idle = holder.lastActivity().plus(idleTakeOver).isBefore(now);
                if (!ownWindow && !(takeOver && idle)) {
                    return new LockResult(
                            false, holder.participant(), holder.lastActivity(), idle, false);
                }
                inDocument.put(holderId, holder.stoppedEditing());
                tell(
                        holder,
                        new LockLost(
                                documentKey,
                                articleId,
                                holderId,
                                participant,
                                ownWindow
                                        ? LockLost.Reason.EDITING_ELSEWHERE
                                        : LockLost.Reason.TAKEN_OVER));
            }
            documentLocks.put(articleId, participant.id());
            inDocument.computeIfPresent(
                    participant.id(), (id, window) -> window.editing(articleId, now));
            result = new LockResult(true, participant, now, false, ownWindow);
        }
        publish(
                new CollaborationEvent(
                        CollaborationEvent.Kind.PRESENCE,
                        documentKey,
                        articleId,
                        participant.id(),
                        participant.name()));
        return result;
    }

    @Override
    public synchronized void touch(String documentKey, String participantId) {
        Map<String, Window> inDocument = windows.get(documentKey);
        if (inDocument != null) {
            inDocument.computeIfPresent(
                    participantId, (id, window) -> window.active(clock.instant()));
        }
    }

    @Override
    public void unlock(String documentKey, long articleId, String participantId) {
        synchronized (this) {
            Map<Long, String> documentLocks = locks.get(documentKey);
            if (documentLocks == null || !documentLocks.remove(articleId, participantId)) {
                return;
            }
            Map<String, Window> inDocument = windows.get(documentKey);
            if (inDocument != null) {
                inDocument.computeIfPresent(
                        participantId,
                        (id, window) ->
                                Long.valueOf(articleId).equals(window.editing())
                                        ? window.stoppedEditing()
                                        : window);
            }
        }
        publish(
                new CollaborationEvent(
                        CollaborationEvent.Kind.PRESENCE,
                        documentKey,
                        articleId,
                        participantId,
                        null));
    }

    @Override
    public synchronized boolean holds(String documentKey, long articleId, String participantId) {
        return participantId.equals(locks.getOrDefault(documentKey, Map.of()).get(articleId));
    }

    /**
     * Lets go of every window not heard from for the presence time-out: its browser crashed, lost
     * its network or sleeps. Its articles become free, and the window is told, should it come back.
     *
     * @return how many windows left
     */
    int expireSilentWindows() {
        Instant silentSince = clock.instant().minus(presenceTimeout);
        Map<String, List<Window>> expired = new HashMap<>();
        synchronized (this) {
            windows.forEach(
                    (documentKey, inDocument) ->
                            inDocument.values().stream()
                                    .filter(window -> window.lastSeen().isBefore(silentSince))
                                    .forEach(
                                            window ->
                                                    expired.computeIfAbsent(
                                                                    documentKey,
                                                                    k -> new ArrayList<>())
                                                            .add(window)));
            expired.forEach(
                    (documentKey, silent) ->
                            silent.forEach(
                                    window -> {
                                        for (long articleId :
                                                locksOf(documentKey, window.participant().id())) {
                                            tell(
                                                    window,
                                                    new LockLost(
                                                            documentKey,
                                                            articleId,
                                                            window.participant().id(),
                                                            null,
                                                            LockLost.Reason.CONNECTION_LOST));
                                        }
                                        remove(documentKey, window.participant().id());
                                    }));
        }
        int count = 0;
        for (var entry : expired.entrySet()) {
            for (Window window : entry.getValue()) {
                log.info(
                        "{} left {}: their window was not heard from for {} s",
                        window.participant().name(),
                        entry.getKey(),
                        presenceTimeout.toSeconds());
                publish(
                        new CollaborationEvent(
                                CollaborationEvent.Kind.PRESENCE,
                                entry.getKey(),
                                null,
                                window.participant().id(),
                                window.participant().name()));
                count++;
            }
        }
        return count;
    }

    /**
     * Listeners run on the hub's own thread, in publishing order: a save returns at once and the
     * other windows update themselves (each listener hands its work to its UI).
     */
    @Override
    public void publish(CollaborationEvent event) {
        List<Consumer<CollaborationEvent>> targets =
                List.copyOf(listeners.getOrDefault(event.documentKey(), List.of()));
        if (targets.isEmpty()) {
            return;
        }
        dispatch(
                () -> {
                    for (Consumer<CollaborationEvent> listener : targets) {
                        try {
                            listener.accept(event);
                        } catch (RuntimeException e) {
                            log.warn("A collaboration listener failed: {}", e.toString());
                        }
                    }
                });
    }

    @Override
    public Subscription subscribe(String documentKey, Consumer<CollaborationEvent> listener) {
        List<Consumer<CollaborationEvent>> list =
                listeners.computeIfAbsent(documentKey, k -> new CopyOnWriteArrayList<>());
        list.add(listener);
        return () -> list.remove(listener);
    }

    /** Tells a window it lost an article, after what it was told before (same thread as events). */
    private void tell(Window window, LockLost lost) {
        dispatch(
                () -> {
                    try {
                        window.onLockLost().accept(lost);
                    } catch (RuntimeException e) {
                        log.warn("A lock-lost listener failed: {}", e.toString());
                    }
                });
    }

    private void dispatch(Runnable task) {
        // While the application stops, windows closing still leave the document: nobody to tell.
        if (!dispatcher.isShutdown()) {
            dispatcher.execute(task);
        }
    }

    /**
     * Removes a window and its locks; forgets a document nobody is in. Caller holds the monitor.
     */
    private Window remove(String documentKey, String participantId) {
        Map<String, Window> inDocument = windows.get(documentKey);
        Window gone = inDocument == null ? null : inDocument.remove(participantId);
        Map<Long, String> documentLocks = locks.get(documentKey);
        if (documentLocks != null) {
            documentLocks.values().removeIf(participantId::equals);
        }
        if (inDocument != null && inDocument.isEmpty()) {
            windows.remove(documentKey);
            locks.remove(documentKey);
        }
        return gone;
    }

    private List<Long> locksOf(String documentKey, String participantId) {
        return locks.getOrDefault(documentKey, Map.of()).entrySet().stream()
                .filter(lock -> lock.getValue().equals(participantId))
                .map(Map.Entry::getKey)
                .toList();
    }
}
