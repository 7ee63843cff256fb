package nl.brabant.regiotafel.security;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is who, for other features: the members of a region (invitees, owners of action items) and
 * names for ids. Callers check region access with the {@link AccessPolicy} before showing them.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class PeopleDirectory {

    private final UserAccountRepository users;
    private final MembershipRepository memberships;
    private final CurrentUser currentUser;

    PeopleDirectory(
            UserAccountRepository users,
            MembershipRepository memberships,
            CurrentUser currentUser) {
        this.users = users;
        this.memberships = memberships;
        this.currentUser = currentUser;
    }

    /** Enabled people with a membership in the region (not the province-wide roles), by name. */
    public List<PersonSummary> membersOf(Long regionId) {
        return memberships.findMembersOfRegion(regionId, Pageable.unpaged()).stream()
                .map(Membership::getUser)
                .distinct()
                .map(PersonSummary::of)
                .sorted(Comparator.comparing(PersonSummary::displayName))
                .toList();
    }

    public Map<Long, PersonSummary> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return users.findAllById(ids).stream()
                .map(PersonSummary::of)
                .collect(Collectors.toMap(PersonSummary::id, Function.identity()));
    }

    public Optional<PersonSummary> find(long userId) {
        return users.findById(userId).map(PersonSummary::of);
    }

    /** The signed-in person with their organisation. */
    public PersonSummary me() {
        return find(currentUser.require().id()).orElseThrow();
    }
}
