package nl.brabant.regiotafel.security;

import java.time.Clock;
import java.time.Instant;

/**
 * The inactivity of one signed-in session: when its person last did something, and so whether it is
 * active, due for the warning, or over. Only what the caller reports as activity counts; the caller
 * reports key, pointer and scroll input and page loads, never heartbeats or server push. Any
 * activity lifts a warning, also in another tab than the one showing it: the person is there. Once
 * over, a session stays over: activity that arrives late does not revive it.
 */
public final class SessionInactivity {

    public enum Phase {
        ACTIVE,
        WARNED,
        ENDED
    }

    private final Clock clock;
    private InactivityLimits limits;
    private Instant lastActivity;
    private boolean ended;

    public SessionInactivity(Clock clock, InactivityLimits limits) {
        this.clock = clock;
        this.limits = limits;
        this.lastActivity = clock.instant();
    }

    /** The person did something. Returns true when this lifted a warning that was showing. */
    public synchronized boolean userActed() {
        Phase before = phase();
        if (before == Phase.ENDED) {
            return false;
        }
        lastActivity = clock.instant();
        return before == Phase.WARNED;
    }

    public synchronized Phase phase() {
        if (!ended && !clock.instant().isBefore(endsAt())) {
            ended = true;
        }
        if (ended) {
            return Phase.ENDED;
        }
        return clock.instant().isBefore(warnsAt()) ? Phase.ACTIVE : Phase.WARNED;
    }

    /** When the phase changes next if nobody acts: the warning, then the end. */
    public synchronized Instant nextChange() {
        return switch (phase()) {
            case ACTIVE -> warnsAt();
            case WARNED, ENDED -> endsAt();
        };
    }

    public synchronized InactivityLimits limits() {
        return limits;
    }

    /** Other limits for this session from now on, counting from now. */
    public synchronized void limitTo(InactivityLimits newLimits) {
        if (phase() != Phase.ENDED) {
            limits = newLimits;
            lastActivity = clock.instant();
        }
    }

    private Instant endsAt() {
        return lastActivity.plus(limits.inactivityTimeout());
    }

    private Instant warnsAt() {
        return endsAt().minus(limits.inactivityWarning());
    }
}
