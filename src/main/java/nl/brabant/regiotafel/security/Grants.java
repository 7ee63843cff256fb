package nl.brabant.regiotafel.security;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The roles a person holds, read once per request. A workspace page asks the access policy some
 * twenty questions while it is put together; reading the memberships from the database for each one
 * cost a round trip and a transaction each (about half of the page's statements). The answer is
 * kept for the rest of the same HTTP request only, so a revoked membership still takes effect at
 * the person's next click; and any change to a membership during the request (an accepted
 * invitation, an administrator's change) makes the next question read again. Threads without a
 * request (push, mail, scheduled work) always read the database.
 */
final class Grants {

    /** One held role: in a region, or everywhere when {@code regionId} is null. */
    record Grant(Role role, Long regionId) {}

    private static final String ATTRIBUTE = Grants.class.getName() + ".";
    private static final AtomicLong CHANGES = new AtomicLong();

    private record Cached(long changes, List<Grant> grants) {}

    private Grants() {}

    static List<Grant> of(List<Membership> memberships) {
        return memberships.stream()
                .map(
                        m ->
                                new Grant(
                                        m.getRole(),
                                        m.getRegion() == null ? null : m.getRegion().getId()))
                .toList();
    }

    /** The person's grants, from this request's copy when it is still current. */
    static List<Grant> held(long userId, Supplier<List<Membership>> read) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return of(read.get());
        }
        String key = ATTRIBUTE + userId;
        long changes = CHANGES.get();
        if (request.getAttribute(key, RequestAttributes.SCOPE_REQUEST) instanceof Cached cached
                && cached.changes() == changes) {
            return cached.grants();
        }
        List<Grant> grants = of(read.get());
        request.setAttribute(key, new Cached(changes, grants), RequestAttributes.SCOPE_REQUEST);
        return grants;
    }

    /** Entity listener on {@link Membership}: every write makes cached grants stale. */
    static final class Listener {
        @PostPersist
        @PostUpdate
        @PostRemove
        void changed(Object membership) {
            CHANGES.incrementAndGet();
        }
    }

    /** For changes the entity listener does not see (bulk updates of accounts or memberships). */
    static void changed() {
        CHANGES.incrementAndGet();
    }
}
