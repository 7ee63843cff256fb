package nl.brabant.regiotafel.collaboration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class InMemoryCollaborationHubTest {

    private Instant now = Instant.parse("2026-11-25T10:00:00Z");
    private final Clock clock =
            new Clock() {
                @Override
                public ZoneOffset getZone() {
                    return ZoneOffset.UTC;
                }

                @Override
                public Clock withZone(ZoneId zone) {
                    return this;
                }

                @Override
                public Instant instant() {
                    return now;
                }
            };

    /** Not started: the tests sweep for silent windows themselves, on their own clock. */
    private final InMemoryCollaborationHub hub =
            new InMemoryCollaborationHub(Duration.ofMinutes(2), Duration.ofSeconds(60), clock);

    private final Participant karin = new Participant("w1", 1, "Karin");
    private final Participant daan = new Participant("w2", 2, "Daan");

    /** Karin's second tab, or the window of her earlier session. */
    private final Participant karinElsewhere = new Participant("w3", 1, "Karin");

    @AfterEach
    void stopHub() {
        hub.stop();
    }

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
        assertThat(hub.presence("doc"))
                .filteredOn(p -> p.participant().equals(karin))
                .singleElement()
                .satisfies(p -> assertThat(p.editingArticleId()).isNull());
    }

    @Test
    void leavingReleasesLocksAndEveryoneSubscribedHearsIt() throws Exception {
        List<CollaborationEvent> heard = Collections.synchronizedList(new ArrayList<>());
        var subscription = hub.subscribe("doc", heard::add);
        hub.join("doc", karin);
        hub.lock("doc", 3, karin, false);
        hub.leave("doc", "w1");
        assertThat(hub.presence("doc")).isEmpty();
        assertThat(hub.lock("doc", 3, daan, false).granted()).isTrue();
        // Listeners run on the hub's own thread, so the publisher never waits for them.
        waitUntil(() -> heard.size() >= 4);
        assertThat(List.copyOf(heard))
                .extracting(CollaborationEvent::kind)
                .containsOnly(CollaborationEvent.Kind.PRESENCE);
        subscription.cancel();
        int before = heard.size();
        hub.publish(CollaborationEvent.of(() -> "doc"));
        Thread.sleep(200);
        assertThat(heard).hasSize(before);
    }

    @Test
    void documentsAreSeparate() {
        hub.join("a", karin);
        hub.lock("a", 1, karin, false);
        assertThat(hub.lock("b", 1, daan, false).granted()).isTrue();
        assertThat(hub.presence("b")).isEmpty();
    }

    @Test
    void aWindowNotHeardFromForAMinuteLeavesAndLetsGoOfItsArticle() throws Exception {
        List<LockLost> karinLost = Collections.synchronizedList(new ArrayList<>());
        List<CollaborationEvent> heard = Collections.synchronizedList(new ArrayList<>());
        hub.subscribe("doc", heard::add);
        hub.join("doc", karin, karinLost::add);
        hub.join("doc", daan);
        hub.lock("doc", 7, karin, false);

        // Daan's browser keeps sending heartbeats; Karin's laptop went to sleep.
        for (int i = 0; i < 3; i++) {
            now = now.plusSeconds(20);
            assertThat(hub.seen("doc", "w2")).isTrue();
            assertThat(hub.expireSilentWindows()).isZero();
        }
        assertThat(hub.presence("doc"))
                .extracting(e -> e.participant().name())
                .containsExactly("Daan", "Karin");
        now = now.plusSeconds(1);
        int before = heard.size();
        assertThat(hub.expireSilentWindows()).isEqualTo(1);

        assertThat(hub.presence("doc"))
                .extracting(e -> e.participant().name())
                .containsExactly("Daan");
        assertThat(hub.holds("doc", 7, "w1")).isFalse();
        LockResult daanEdits = hub.lock("doc", 7, daan, false);
        assertThat(daanEdits.granted()).isTrue();
        waitUntil(() -> !karinLost.isEmpty() && heard.size() > before);
        assertThat(karinLost)
                .singleElement()
                .satisfies(
                        lost -> {
                            assertThat(lost.articleId()).isEqualTo(7);
                            assertThat(lost.reason()).isEqualTo(LockLost.Reason.CONNECTION_LOST);
                            assertThat(lost.takenBy()).isNull();
                        });

        // When the laptop wakes up, its next heartbeat finds the window forgotten: it joins again.
        assertThat(hub.seen("doc", "w1")).isFalse();
        hub.join("doc", karin, karinLost::add);
        assertThat(hub.presence("doc"))
                .extracting(e -> e.participant().name())
                .containsExactly("Daan", "Karin");
        assertThat(hub.holds("doc", 7, "w2")).isTrue();
    }

    @Test
    void typingCountsAsBeingThere() {
        hub.join("doc", karin);
        hub.lock("doc", 7, karin, false);
        now = now.plusSeconds(50);
        hub.touch("doc", "w1");
        now = now.plusSeconds(50);
        assertThat(hub.expireSilentWindows()).isZero();
        assertThat(hub.holds("doc", 7, "w1")).isTrue();
    }

    @Test
    void onePersonWithManyTabsIsOnePerson() {
        hub.join("doc", karin);
        hub.join("doc", daan);
        hub.join("doc", karinElsewhere);
        hub.lock("doc", 7, karinElsewhere, false);

        assertThat(hub.presence("doc")).hasSize(3);
        assertThat(hub.people("doc"))
                .containsExactly(
                        new PersonPresence(2, "Daan", 1, List.of()),
                        new PersonPresence(1, "Karin", 2, List.of(7L)));
    }

    @Test
    void onesOwnArticleFromAnotherWindowIsTakenBackAtOnce() throws Exception {
        List<LockLost> elsewhereLost = Collections.synchronizedList(new ArrayList<>());
        hub.join("doc", karinElsewhere, elsewhereLost::add);
        hub.join("doc", karin);
        hub.lock("doc", 7, karinElsewhere, false);
        hub.touch("doc", "w3");

        // No waiting for the idle time, no "Karin is editing" told to Karin herself.
        LockResult mine = hub.lock("doc", 7, karin, false);
        assertThat(mine.granted()).isTrue();
        assertThat(mine.tookOverOwnWindow()).isTrue();
        assertThat(hub.holds("doc", 7, "w1")).isTrue();
        assertThat(hub.holds("doc", 7, "w3")).isFalse();
        waitUntil(() -> !elsewhereLost.isEmpty());
        assertThat(elsewhereLost)
                .singleElement()
                .satisfies(
                        lost -> {
                            assertThat(lost.participantId()).isEqualTo("w3");
                            assertThat(lost.reason()).isEqualTo(LockLost.Reason.EDITING_ELSEWHERE);
                        });
        // Someone else still has to wait.
        assertThat(hub.lock("doc", 7, daan, true).granted()).isFalse();
    }

    @Test
    void thePreviousHolderIsToldAtOnceWhenSomeoneTakesOver() throws Exception {
        List<LockLost> karinLost = Collections.synchronizedList(new ArrayList<>());
        List<LockLost> daanLost = Collections.synchronizedList(new ArrayList<>());
        hub.join("doc", karin, karinLost::add);
        hub.join("doc", daan, daanLost::add);
        hub.lock("doc", 7, karin, false);
        now = now.plus(Duration.ofMinutes(3));
        hub.seen("doc", "w1");
        hub.seen("doc", "w2");

        assertThat(hub.lock("doc", 7, daan, true).granted()).isTrue();

        waitUntil(() -> !karinLost.isEmpty());
        assertThat(karinLost)
                .singleElement()
                .satisfies(
                        lost -> {
                            assertThat(lost.documentKey()).isEqualTo("doc");
                            assertThat(lost.articleId()).isEqualTo(7);
                            assertThat(lost.reason()).isEqualTo(LockLost.Reason.TAKEN_OVER);
                            assertThat(lost.takenBy()).isEqualTo(daan);
                        });
        assertThat(daanLost).isEmpty();
        // Taking over does not make Karin look absent: she is still in the document, reading.
        assertThat(hub.presence("doc"))
                .extracting(e -> e.participant().name())
                .containsExactly("Daan", "Karin");
    }

    private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 200 && !condition.getAsBoolean(); i++) {
            Thread.sleep(10);
        }
        assertThat(condition.getAsBoolean()).isTrue();
    }
}
