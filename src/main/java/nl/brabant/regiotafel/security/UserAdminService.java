package nl.brabant.regiotafel.security;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.brabant.regiotafel.base.NotFoundException;
import nl.brabant.regiotafel.base.TextInput;
import nl.brabant.regiotafel.base.UserInputException;
import nl.brabant.regiotafel.region.Organisation;
import nl.brabant.regiotafel.region.Region;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Administration of accounts and memberships: only for ADMIN. */
@Service
@PreAuthorize("hasRole('ADMIN')")
@Transactional
public class UserAdminService {

    static final int MIN_PASSWORD_LENGTH = PasswordPolicy.MIN_LENGTH;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,99}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Logger log = LoggerFactory.getLogger(UserAdminService.class);

    private final UserAccountRepository users;
    private final MembershipRepository memberships;
    private final AccessPolicy policy;
    private final CurrentUser currentUser;
    private final PasswordEncoder passwordEncoder;
    private final SessionTracker sessions;
    private final EntityManager entityManager;

    UserAdminService(
            UserAccountRepository users,
            MembershipRepository memberships,
            AccessPolicy policy,
            CurrentUser currentUser,
            PasswordEncoder passwordEncoder,
            SessionTracker sessions,
            EntityManager entityManager) {
        this.users = users;
        this.memberships = memberships;
        this.policy = policy;
        this.currentUser = currentUser;
        this.passwordEncoder = passwordEncoder;
        this.sessions = sessions;
        this.entityManager = entityManager;
    }

    @Transactional(readOnly = true)
    public List<UserRow> findUsers(String filter, int offset, int limit) {
        policy.require(Action.MANAGE_USERS);
        int size = Math.max(1, limit);
        List<UserAccount> page =
                users.search(normalise(filter), PageRequest.of(offset / size, size));
        Map<Long, List<MembershipRow>> byUser =
                page.isEmpty()
                        ? Map.of()
                        : memberships
                                .findByUserIdIn(page.stream().map(UserAccount::getId).toList())
                                .stream()
                                .collect(
                                        Collectors.groupingBy(
                                                m -> m.getUser().getId(),
                                                Collectors.mapping(
                                                        MembershipRow::of, Collectors.toList())));
        return page.stream().map(u -> toRow(u, byUser.getOrDefault(u.getId(), List.of()))).toList();
    }

    @Transactional(readOnly = true)
    public int countUsers(String filter) {
        policy.require(Action.MANAGE_USERS);
        return (int) users.countSearch(normalise(filter));
    }

    public UserRow createUser(NewUser input) {
        policy.require(Action.MANAGE_USERS);
        // Not trim(): it would quietly drop a NUL or another control character at either end.
        String username =
                TextInput.requiredLine(input.username(), 100, "user.error.username")
                        .toLowerCase(Locale.ROOT);
        String displayName =
                TextInput.requiredLine(input.displayName(), 200, "user.error.displayName");
        String email = TextInput.optionalLine(input.email(), 254, "user.error.email");
        String password = input.password() == null ? "" : input.password();
        if (!USERNAME.matcher(username).matches()) {
            throw new UserInputException("user.error.username");
        }
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw new UserInputException("user.error.email");
        }
        // The same rules as a password people choose themselves (PasswordPolicy): also the
        // administrator's first password for someone is no common one.
        PasswordPolicy.require(password, username);
        if (users.existsByUsername(username)) {
            throw new UserInputException("user.error.usernameTaken");
        }
        Organisation organisation = null;
        if (input.organisationId() != null) {
            organisation = entityManager.find(Organisation.class, input.organisationId());
            if (organisation == null) {
                throw new UserInputException("user.error.organisation");
            }
        }
        UserAccount account =
                users.save(
                        new UserAccount(
                                username,
                                displayName,
                                email,
                                passwordEncoder.encode(password),
                                organisation));
        log.info("User {} created by {}", username, currentUser.require().getUsername());
        return toRow(account, List.of());
    }

    /** Disabling also ends every open session of the account. */
    public void setEnabled(long userId, boolean enabled) {
        policy.require(Action.MANAGE_USERS);
        UserAccount account =
                users.findById(userId).orElseThrow(() -> new NotFoundException("user"));
        if (!enabled && account.getId() == currentUser.require().id()) {
            throw new UserInputException("user.error.disableSelf");
        }
        account.setEnabled(enabled);
        users.flush();
        if (!enabled) {
            int ended = sessions.endSessionsOf(userId);
            log.info(
                    "User {} disabled by {}; {} session(s) ended",
                    account.getUsername(),
                    currentUser.require().getUsername(),
                    ended);
        } else {
            log.info(
                    "User {} enabled by {}",
                    account.getUsername(),
                    currentUser.require().getUsername());
        }
    }

    @Transactional(readOnly = true)
    public List<MembershipRow> memberships(long userId) {
        policy.require(Action.MANAGE_USERS);
        return memberships.findByUserId(userId).stream().map(MembershipRow::of).toList();
    }

    public MembershipRow addMembership(long userId, Role role, Long regionId) {
        policy.require(Action.MANAGE_USERS);
        if (role == null) {
            throw new UserInputException("membership.error.role");
        }
        UserAccount account =
                users.findById(userId).orElseThrow(() -> new NotFoundException("user"));
        Region region = null;
        if (role.isAllRegions()) {
            if (regionId != null) {
                throw new UserInputException("membership.error.noRegionForProvinceRole");
            }
            if (memberships.existsByUserIdAndRegionIsNullAndRole(userId, role)) {
                throw new UserInputException("membership.error.duplicate");
            }
        } else {
            if (regionId == null) {
                throw new UserInputException("membership.error.regionRequired");
            }
            region = entityManager.find(Region.class, regionId);
            if (region == null) {
                throw new UserInputException("membership.error.regionRequired");
            }
            if (memberships.existsByUserIdAndRegionAndRole(userId, region, role)) {
                throw new UserInputException("membership.error.duplicate");
            }
        }
        Membership saved = memberships.save(new Membership(account, region, role));
        log.info(
                "Membership {} {} added to {} by {}",
                role,
                region == null ? "(all regions)" : region.getCode(),
                account.getUsername(),
                currentUser.require().getUsername());
        return MembershipRow.of(saved);
    }

    public void removeMembership(long membershipId) {
        policy.require(Action.MANAGE_USERS);
        Membership membership =
                memberships
                        .findById(membershipId)
                        .orElseThrow(() -> new NotFoundException("membership"));
        boolean ownAdmin =
                membership.getRole() == Role.ADMIN
                        && membership.getUser().getId() == currentUser.require().id();
        if (ownAdmin) {
            throw new UserInputException("membership.error.removeOwnAdmin");
        }
        memberships.delete(membership);
        log.info(
                "Membership {} removed from {} by {}",
                membership.getRole(),
                membership.getUser().getUsername(),
                currentUser.require().getUsername());
    }

    private static String normalise(String filter) {
        return filter == null ? "" : filter.strip();
    }

    private static UserRow toRow(UserAccount account, List<MembershipRow> rows) {
        return new UserRow(
                account.getId(),
                account.getUsername(),
                account.getDisplayName(),
                account.getEmail(),
                account.getOrganisation() == null ? "" : account.getOrganisation().getName(),
                account.isEnabled(),
                rows);
    }
}
