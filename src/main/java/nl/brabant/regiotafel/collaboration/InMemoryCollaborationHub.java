package nl.brabant.regiotafel.collaboration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The single-node hub: everything in memory of this JVM. */
@Component
class InMemoryCollaborationHub implements CollaborationHub {

    private static final Logger log = LoggerFactory.getLogger(InMemoryCollaborationHub.class);

    private final Map<String, Map<String, PresenceEntry>> present = new ConcurrentHashMap<>();
    private final Map<String, Map<Long, String>> locks = new ConcurrentHashMap<>();
    private final Map<String, List<Consumer<CollaborationEvent>>> listeners = new ConcurrentHashMap<>();
    private final Duration idleTakeOver;
    private final Clock clock;
    private final java.util.concurrent.ExecutorService dispatcher = java.util.concurrent.Executors.newSingleThreadExecutor(
            runnable -> {
                Thread thread = new Thread(runnable, "collaboration-events");
                thread.setDaemon(true);
                return thread;
            });

    InMemoryCollaborationHub(@Value("${regiotafel.collaboration.idle-take-over:PT2M}") Duration idleTakeOver, Clock clock) {
        this.idleTakeOver = idleTakeOver;
        this.clock = clock;
    }

    @Override
    public void join(String documentKey, Participant participant) {
        present.computeIfAbsent(documentKey, k -> new ConcurrentHashMap<>())
                .put(participant.id(), new PresenceEntry(participant, null, clock.instant()));
        publish(new CollaborationEvent(CollaborationEvent.Kind.PRESENCE, documentKey, null, participant.id(),
                participant.name()));
    }

    @Override
    public void leave(String documentKey, String participantId) {
        Map<String, PresenceEntry> inDocument = present.get(documentKey);
        PresenceEntry gone = inDocument == null ? null : inDocument.remove(participantId);
        Map<Long, String> documentLocks = locks.get(documentKey);
        if (documentLocks != null) {
            documentLocks.values().removeIf(participantId::equals);
        }
        if (gone != null) {
            publish(new CollaborationEvent(CollaborationEvent.Kind.PRESENCE, documentKey, null, participantId,
                    gone.participant().name()));
        }
    }

    @Override
    public List<PresenceEntry> presence(String documentKey) {
        return present.getOrDefault(documentKey, Map.of()).values().stream()
                .sorted(Comparator.comparing(e -> e.participant().name()))
                .toList();
    }

    @Override
    public synchronized LockResult lock(String documentKey, long articleId, Participant participant, boolean takeOver) {
        Map<Long, String> documentLocks = locks.computeIfAbsent(documentKey, k -> new ConcurrentHashMap<>());
        String holderId = documentLocks.get(articleId);
        PresenceEntry holder = holderId == null ? null : present.getOrDefault(documentKey, Map.of()).get(holderId);
        if (holder != null && !holderId.equals(participant.id())) {
            boolean idle = holder.lastActivity().plus(idleTakeOver).isBefore(clock.instant());
            if (!(takeOver && idle)) {
                return new LockResult(false, holder.participant(), holder.lastActivity(), idle);
            }
            setEditing(documentKey, holderId, null);
        }
        documentLocks.put(articleId, participant.id());
        setEditing(documentKey, participant.id(), articleId);
        publish(new CollaborationEvent(CollaborationEvent.Kind.PRESENCE, documentKey, articleId, participant.id(),
                participant.name()));
        return new LockResult(true, participant, clock.instant(), false);
    }

    @Override
    public void touch(String documentKey, String participantId) {
        Map<String, PresenceEntry> inDocument = present.get(documentKey);
        if (inDocument != null) {
            inDocument.computeIfPresent(participantId,
                    (id, entry) -> new PresenceEntry(entry.participant(), entry.editingArticleId(), clock.instant()));
        }
    }

    @Override
    public synchronized void unlock(String documentKey, long articleId, String participantId) {
        Map<Long, String> documentLocks = locks.get(documentKey);
        if (documentLocks != null && documentLocks.remove(articleId, participantId)) {
            setEditing(documentKey, participantId, null);
            publish(new CollaborationEvent(CollaborationEvent.Kind.PRESENCE, documentKey, articleId, participantId, null));
        }
    }

    @Override
    public boolean holds(String documentKey, long articleId, String participantId) {
        return participantId.equals(locks.getOrDefault(documentKey, Map.of()).get(articleId));
    }

    /**
     * Listeners run on the hub's own thread, in publishing order: a save returns at once and the
     * other windows update themselves (each listener hands its work to its UI).
     */
    @Override
    public void publish(CollaborationEvent event) {
        List<Consumer<CollaborationEvent>> targets = List.copyOf(listeners.getOrDefault(event.documentKey(), List.of()));
        // While the application stops, windows closing still leave the document: nobody to tell.
        if (targets.isEmpty() || dispatcher.isShutdown()) {
            return;
        }
        dispatcher.execute(() -> {
            for (Consumer<CollaborationEvent> listener : targets) {
                try {
                    listener.accept(event);
                } catch (RuntimeException e) {
                    log.warn("A collaboration listener failed: {}", e.toString());
                }
            }
        });
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        dispatcher.shutdownNow();
    }

    @Override
    public Subscription subscribe(String documentKey, Consumer<CollaborationEvent> listener) {
        List<Consumer<CollaborationEvent>> list = listeners.computeIfAbsent(documentKey, k -> new CopyOnWriteArrayList<>());
        list.add(listener);
        return () -> list.remove(listener);
    }

    private void setEditing(String documentKey, String participantId, Long articleId) {
        Map<String, PresenceEntry> inDocument = present.get(documentKey);
        if (inDocument != null) {
            inDocument.computeIfPresent(participantId,
                    (id, entry) -> new PresenceEntry(entry.participant(), articleId, clock.instant()));
        }
    }

    Instant now() {
        return clock.instant();
    }
}
