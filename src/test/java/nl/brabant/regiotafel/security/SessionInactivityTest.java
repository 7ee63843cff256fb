package nl.brabant.regiotafel.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import nl.brabant.regiotafel.security.SessionInactivity.Phase;
import org.junit.jupiter.api.Test;

/** The inactivity rules on a clock the test turns by hand: 30 minutes, warned 2 minutes before. */
class SessionInactivityTest {

    private static final InactivityLimits LIMITS =
            new InactivityLimits(Duration.ofMinutes(30), Duration.ofMinutes(2));
    private final TurnableClock clock = new TurnableClock();
    private final SessionInactivity session = new SessionInactivity(clock, LIMITS);

    @Test
    void warnsTwoMinutesBeforeTheEndAndEndsAfterThirtyQuietMinutes() {
        Instant start = clock.instant();
        assertThat(session.phase()).isEqualTo(Phase.ACTIVE);
        assertThat(session.nextChange()).isEqualTo(start.plus(Duration.ofMinutes(28)));

        clock.turn(Duration.ofMinutes(28).minusSeconds(1));
        assertThat(session.phase()).isEqualTo(Phase.ACTIVE);
        clock.turn(Duration.ofSeconds(1));
        assertThat(session.phase()).isEqualTo(Phase.WARNED);
        assertThat(session.nextChange()).isEqualTo(start.plus(Duration.ofMinutes(30)));

        clock.turn(Duration.ofMinutes(2));
        assertThat(session.phase()).isEqualTo(Phase.ENDED);
    }

    @Test
    void activityStartsTheCountAgain() {
        clock.turn(Duration.ofMinutes(20));
        assertThat(session.userActed()).as("no warning was showing").isFalse();
        clock.turn(Duration.ofMinutes(20));
        assertThat(session.phase())
                .as("20 quiet minutes since the last key")
                .isEqualTo(Phase.ACTIVE);
    }

    @Test
    void stayingSignedInDuringTheWarningLiftsIt() {
        clock.turn(Duration.ofMinutes(29));
        assertThat(session.phase()).isEqualTo(Phase.WARNED);
        assertThat(session.userActed()).as("the warning is lifted").isTrue();
        assertThat(session.phase()).isEqualTo(Phase.ACTIVE);
        clock.turn(Duration.ofMinutes(29));
        assertThat(session.phase())
                .as("a full new half hour, minus the warning")
                .isEqualTo(Phase.WARNED);
    }

    @Test
    void anEndedSessionStaysEndedWhateverArrivesLate() {
        clock.turn(Duration.ofMinutes(31));
        assertThat(session.userActed()).isFalse();
        assertThat(session.phase()).isEqualTo(Phase.ENDED);
        session.limitTo(new InactivityLimits(Duration.ofHours(8), Duration.ofMinutes(2)));
        assertThat(session.phase()).isEqualTo(Phase.ENDED);
    }

    @Test
    void otherLimitsCountFromTheMomentTheyAreSet() {
        clock.turn(Duration.ofMinutes(10));
        session.limitTo(new InactivityLimits(Duration.ofSeconds(6), Duration.ofSeconds(4)));
        clock.turn(Duration.ofSeconds(2));
        assertThat(session.phase()).isEqualTo(Phase.WARNED);
        clock.turn(Duration.ofSeconds(4));
        assertThat(session.phase()).isEqualTo(Phase.ENDED);
    }

    @Test
    void limitsMustLeaveRoomForTheWarning() {
        assertThatThrownBy(() -> new InactivityLimits(Duration.ofMinutes(2), Duration.ofMinutes(2)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new InactivityLimits(Duration.ZERO, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** A clock that stands still until the test turns it. */
    static final class TurnableClock extends Clock {
        private Instant now = Instant.parse("2026-03-02T09:00:00Z");

        void turn(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Europe/Amsterdam");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
