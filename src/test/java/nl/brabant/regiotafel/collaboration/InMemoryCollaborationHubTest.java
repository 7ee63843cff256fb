package nl.brabant.regiotafel.collaboration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InMemoryCollaborationHubTest {

    private Instant now = Instant.parse("2026-11-25T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(java.time.ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    };
    private final InMemoryCollaborationHub hub = new InMemoryCollaborationHub(Duration.ofMinutes(2), clock);
    private final Participant karin = new Participant("w1", 1, "Karin");
    private final Participant daan = new Participant("w2", 2, "Daan");

    @Test
    void othersReadWhileOneEditsAndMayTakeOverOnlyWhenTheEditorIsIdle() {
        hub.join("doc", karin);
        hub.join("doc", daan);
        assertThat(hub.lock("doc", 7, karin, false).granted()).isTrue();

        LockResult refused = hub.lock("doc", 7, daan, true);
        assertThat(refused.granted()).isFalse();
        assertThat(refused.holder().name()).isEqualTo("Karin");
        assertThat(refused.mayTakeOver()).isFalse();

        now = now.plus(Duration.ofMinutes(1));
        hub.touch("doc", "w1");
        now = now.plus(Duration.ofMinutes(2).minusSeconds(1));
        assertThat(hub.lock("doc", 7, daan, true).granted()).isFalse();

        now = now.plus(Duration.ofSeconds(2));
        assertThat(hub.lock("doc", 7, daan, false).granted()).isFalse();
        assertThat(hub.lock("doc", 7, daan, true).granted()).isTrue();
        assertThat(hub.holds("doc", 7, "w2")).isTrue();
        assertThat(hub.holds("doc", 7, "w1")).isFalse();
        assertThat(hub.presence("doc")).filteredOn(p -> p.participant().equals(karin))
                .singleElement().satisfies(p -> assertThat(p.editingArticleId()).isNull());
    }

    @Test
    void leavingReleasesLocksAndEveryoneSubscribedHearsIt() throws Exception {
        List<CollaborationEvent> heard = java.util.Collections.synchronizedList(new ArrayList<>());
        var subscription = hub.subscribe("doc", heard::add);
        hub.join("doc", karin);
        hub.lock("doc", 3, karin, false);
        hub.leave("doc", "w1");
        assertThat(hub.presence("doc")).isEmpty();
        assertThat(hub.lock("doc", 3, daan, false).granted()).isTrue();
        // Listeners run on the hub's own thread, so the publisher never waits for them.
        waitUntil(() -> heard.size() >= 4);
        assertThat(List.copyOf(heard)).extracting(CollaborationEvent::kind).containsOnly(CollaborationEvent.Kind.PRESENCE);
        subscription.cancel();
        int before = heard.size();
        hub.publish(CollaborationEvent.of(() -> "doc"));
        Thread.sleep(200);
        assertThat(heard).hasSize(before);
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 200 && !condition.getAsBoolean(); i++) {
            Thread.sleep(10);
        }
        assertThat(condition.getAsBoolean()).isTrue();
    }

    @Test
    void documentsAreSeparate() {
        hub.join("a", karin);
        hub.lock("a", 1, karin, false);
        assertThat(hub.lock("b", 1, daan, false).granted()).isTrue();
        assertThat(hub.presence("b")).isEmpty();
    }
}
