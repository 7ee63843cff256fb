package nl.brabant.regiotafel.security;

import java.util.List;
import java.util.Optional;
import nl.brabant.regiotafel.base.NotFoundException;
import nl.brabant.regiotafel.security.Grants.Grant;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place that answers "may this user do this action in this region?". Every service asks it.
 * Memberships are read from the database at each request ({@link Grants} keeps them for the rest of
 * that request), so a revoked membership or a disabled account takes effect at the person's next
 * click, not at the next login.
 */
@Component
public class AccessPolicy {

    private final MembershipRepository memberships;
    private final UserAccountRepository accounts;
    private final CurrentUser currentUser;

    AccessPolicy(
            MembershipRepository memberships,
            UserAccountRepository accounts,
            CurrentUser currentUser) {
        this.memberships = memberships;
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    /** Is there an enabled account with this id? For requests that act for a person. */
    @Transactional(readOnly = true)
    public boolean isEnabled(long userId) {
        return accounts.findById(userId).map(UserAccount::isEnabled).orElse(false);
    }

    /** May the current user do {@code action} in the region with this id? */
    public boolean may(Action action, Long regionId) {
        return may(action, regionId, false);
    }

    /**
     * May the given user do {@code action} in the region? For threads without a security context.
     */
    public boolean may(long userId, Action action, Long regionId) {
        return grants(held(userId), action, regionId, false);
    }

    /**
     * As {@link #may(Action, Long)}, for an object that the current user may or may not own (an
     * action item assigned to them or their organisation): OWN grants count only for owners.
     */
    public boolean may(Action action, Long regionId, boolean ownsObject) {
        return currentUser
                .get()
                .map(user -> grants(held(user.id()), action, regionId, ownsObject))
                .orElse(false);
    }

    /** May the current user do {@code action} somewhere (in at least one region, or globally)? */
    public boolean mayAnywhere(Action action) {
        return currentUser
                .get()
                .map(
                        user ->
                                held(user.id()).stream()
                                        .anyMatch(g -> action.scopeFor(g.role()) != null))
                .orElse(false);
    }

    /**
     * Region-scoped objects: a user who may not act on them learns nothing about them, so the
     * refusal is "not found".
     */
    public void requireInRegion(Action action, Long regionId, String what) {
        if (!may(action, regionId)) {
            throw new NotFoundException(what);
        }
    }

    /**
     * An action on an object the user can already see (a meeting of their region): a plain refusal,
     * since hiding the object would be pointless.
     */
    public void requireAction(Action action, Long regionId, boolean ownsObject) {
        if (!may(action, regionId, ownsObject)) {
            throw new AccessDeniedException("not allowed: " + action);
        }
    }

    /** Application-wide actions such as managing users: a plain refusal. */
    public void require(Action action) {
        if (!may(action, null)) {
            throw new AccessDeniedException("not allowed: " + action);
        }
    }

    /** The ids of the regions where the current user may do the action; empty means none. */
    public RegionScope regionsWhere(Action action) {
        Optional<AppUserDetails> user = currentUser.get();
        if (user.isEmpty()) {
            return RegionScope.NONE;
        }
        return regionsWhere(user.get().id(), action);
    }

    /**
     * As {@link #regionsWhere(Action)}, for the given user: for requests without a signed-in person
     * that act for one (a calendar feed). A disabled account has no region.
     */
    public RegionScope regionsWhere(long userId, Action action) {
        List<Grant> held = held(userId);
        if (held.stream().anyMatch(g -> action.scopeFor(g.role()) == Action.Scope.ALL)) {
            return RegionScope.EVERY_REGION;
        }
        return RegionScope.of(
                held.stream()
                        .filter(
                                g ->
                                        action.scopeFor(g.role()) != null
                                                && action.scopeFor(g.role()) != Action.Scope.ALL
                                                && g.regionId() != null)
                        .map(Grant::regionId)
                        .distinct()
                        .toList());
    }

    private List<Grant> held(long userId) {
        return Grants.held(userId, () -> memberships.findActiveByUserId(userId));
    }

    static boolean grants(List<Grant> held, Action action, Long regionId, boolean ownsObject) {
        for (Grant grant : held) {
            Action.Scope scope = action.scopeFor(grant.role());
            if (scope == Action.Scope.ALL) {
                return true;
            }
            boolean inRegion = regionId != null && regionId.equals(grant.regionId());
            if (inRegion
                    && (scope == Action.Scope.REGION
                            || (scope == Action.Scope.OWN && ownsObject))) {
                return true;
            }
        }
        return false;
    }
}
