package nl.brabant.regiotafel.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after a few failures an account, and after more an address, must
 * wait before the next attempt. Counts per account whether the account exists or not, so the
 * throttle tells an attacker nothing.
 */
@Component
class LoginThrottle {

    static final int FAILURES_PER_ACCOUNT = 5;
    static final int FAILURES_PER_ADDRESS = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final Cache<String, Bucket> accounts =
            Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(WINDOW).build();
    private final Cache<String, Bucket> addresses =
            Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(WINDOW).build();

    boolean isBlocked(String username, String address) {
        return exhausted(accounts, key(username)) || exhausted(addresses, address);
    }

    void recordFailure(String username, String address) {
        accounts.get(key(username), k -> newBucket(FAILURES_PER_ACCOUNT)).tryConsume(1);
        if (address != null) {
            addresses.get(address, k -> newBucket(FAILURES_PER_ADDRESS)).tryConsume(1);
        }
    }

    void recordSuccess(String username) {
        accounts.invalidate(key(username));
    }

    private static boolean exhausted(Cache<String, Bucket> cache, String key) {
        if (key == null) {
            return false;
        }
        Bucket bucket = cache.getIfPresent(key);
        return bucket != null && bucket.getAvailableTokens() <= 0;
    }

    private static String key(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    private static Bucket newBucket(int failures) {
        // A full bucket of allowed failures, refilled gradually over the window.
        return Bucket.builder()
                .addLimit(
                        Bandwidth.builder()
                                .capacity(failures)
                                .refillGreedy(failures, WINDOW)
                                .build())
                .build();
    }
}
