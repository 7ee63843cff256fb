package nl.brabant.regiotafel.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final LoginThrottle throttle = new LoginThrottle();

    @Test
    void anAccountIsBlockedAfterFiveFailuresWhateverTheAddressAndOthersAreNot() {
        for (int i = 0; i < LoginThrottle.FAILURES_PER_ACCOUNT - 1; i++) {
            throttle.recordFailure("Wethouder.HVB", "10.0.0." + i);
        }
        assertThat(throttle.isBlocked("wethouder.hvb", "10.0.0.99")).isFalse();
        throttle.recordFailure("wethouder.hvb ", "10.0.0.50");
        assertThat(throttle.isBlocked("wethouder.hvb", "10.0.0.99")).isTrue();
        assertThat(throttle.isBlocked("ambtenaar.hvb", "10.0.0.99")).isFalse();
    }

    @Test
    void anAddressIsBlockedAfterTwentyFailuresOverManyAccounts() {
        for (int i = 0; i < LoginThrottle.FAILURES_PER_ADDRESS; i++) {
            throttle.recordFailure("gok" + i, "192.0.2.7");
        }
        assertThat(throttle.isBlocked("iemand.anders", "192.0.2.7")).isTrue();
        assertThat(throttle.isBlocked("iemand.anders", "192.0.2.8")).isFalse();
    }

    @Test
    void unknownAccountsAreThrottledLikeKnownOnesSoTheThrottleRevealsNothing() {
        for (int i = 0; i < LoginThrottle.FAILURES_PER_ACCOUNT; i++) {
            throttle.recordFailure("bestaat.niet", "198.51.100." + i);
        }
        assertThat(throttle.isBlocked("bestaat.niet", "198.51.100.200")).isTrue();
    }

    @Test
    void aSuccessfulLoginClearsTheAccountCount() {
        for (int i = 0; i < LoginThrottle.FAILURES_PER_ACCOUNT - 1; i++) {
            throttle.recordFailure("monitor", "203.0.113.1");
        }
        throttle.recordSuccess("monitor");
        throttle.recordFailure("monitor", "203.0.113.1");
        assertThat(throttle.isBlocked("monitor", "203.0.113.2")).isFalse();
    }
}
