package nl.brabant.regiotafel.security;

import jakarta.persistence.EntityManager;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.brabant.regiotafel.base.NotFoundException;
import nl.brabant.regiotafel.base.TextInput;
import nl.brabant.regiotafel.base.UserInputException;
import nl.brabant.regiotafel.region.NewOrganisations;
import nl.brabant.regiotafel.region.Organisation;
import nl.brabant.regiotafel.region.OrganisationType;
import nl.brabant.regiotafel.region.Region;
import nl.brabant.regiotafel.region.RegionRoutes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bringing people in: the people who run a table invite others to it (DESIGN.md's two invitation
 * rows: aldermen and officers to their own region but not as alderman, the province coordinator to
 * any region and also aldermen, the administrator anywhere and any role). The invitee gets a
 * single-use link that expires, chooses a username and password, and has an account with the
 * membership; someone who already has an account with that address gets the membership at once and
 * an e-mail saying so. Every step is in the account audit trail.
 *
 * <p>Longer than 250 lines: an invitation's whole life (who may send it, sending, resending,
 * withdrawing, opening the link, accepting by password or by single sign-on) shares one set of
 * rules about its state and its link, which split services would each have to repeat.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class InvitationService {

    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,99}");
    private static final Logger log = LoggerFactory.getLogger(InvitationService.class);

    private final InvitationRepository invitations;
    private final UserAccountRepository users;
    private final MembershipRepository memberships;
    private final AccessPolicy policy;
    private final CurrentUser currentUser;
    private final AccountTokens tokens;
    private final AccountAudit audit;
    private final AccountMails mails;
    private final NewOrganisations newOrganisations;
    private final PasswordEncoder passwordEncoder;
    private final EntityManager entityManager;
    private final Clock clock;
    private final Duration validity;

    InvitationService(
            InvitationRepository invitations,
            UserAccountRepository users,
            MembershipRepository memberships,
            AccessPolicy policy,
            CurrentUser currentUser,
            AccountTokens tokens,
            AccountAudit audit,
            AccountMails mails,
            NewOrganisations newOrganisations,
            PasswordEncoder passwordEncoder,
            EntityManager entityManager,
            Clock clock,
            @Value("${regiotafel.invitations.validity:7d}") Duration validity) {
        this.invitations = invitations;
        this.users = users;
        this.memberships = memberships;
        this.policy = policy;
        this.currentUser = currentUser;
        this.tokens = tokens;
        this.audit = audit;
        this.mails = mails;
        this.newOrganisations = newOrganisations;
        this.passwordEncoder = passwordEncoder;
        this.entityManager = entityManager;
        this.clock = clock;
        this.validity = validity;
    }

    /** The outcome of an invitation: an e-mail with a link, or a membership added at once. */
    public enum Outcome {
        INVITED,
        MEMBERSHIP_ADDED
    }

    /** How long a link stays valid. */
    public Duration validity() {
        return validity;
    }

    /**
     * The roles the current person may invite people to this region with (empty: none); with {@code
     * regionId} null, the province roles (which hold for every region).
     */
    @Transactional(readOnly = true)
    public List<Role> invitableRoles(Long regionId) {
        if (regionId == null) {
            return policy.may(Action.GRANT_PROVINCE_ROLE, null)
                    ? Arrays.stream(Role.values()).filter(Role::isAllRegions).toList()
                    : List.of();
        }
        if (!policy.may(Action.INVITE_TO_REGION, regionId)) {
            return List.of();
        }
        boolean aldermen = policy.may(Action.INVITE_ALDERMAN, regionId);
        return Arrays.stream(Role.values())
                .filter(role -> !role.isAllRegions() && (aldermen || role != Role.ALDERMAN))
                .toList();
    }

    /** The province roles (for all regions) the current person may invite people in. */
    @Transactional(readOnly = true)
    public List<Role> invitableProvinceRoles() {
        return invitableRoles(null);
    }

    private boolean mayInvite(Role role, Long regionId) {
        return invitableRoles(regionId).contains(role);
    }

    /** Sends the invitation, or adds the membership to the existing account with that address. */
    public Outcome invite(NewInvitation input) {
        AppUserDetails inviter = currentUser.require();
        if (input.role() == null) {
            throw new UserInputException("invitation.error.role");
        }
        Region region = null;
        if (input.regionId() != null) {
            region = entityManager.find(Region.class, input.regionId());
            if (region == null
                    || !policy.may(Action.INVITE_TO_REGION, input.regionId())
                            && !policy.may(Action.VIEW_REGION_WORKSPACE, input.regionId())) {
                throw new NotFoundException("region");
            }
        }
        if (!mayInvite(input.role(), input.regionId())) {
            throw new AccessDeniedException("may not invite as " + input.role());
        }
        String email = TextInput.requiredLine(input.email(), 254, "invitation.error.email");
        if (!EMAIL.matcher(email).matches()) {
            throw new UserInputException("invitation.error.email");
        }
        String displayName =
                TextInput.requiredLine(input.displayName(), 200, "invitation.error.displayName");
        String language = "en".equals(input.language()) ? "en" : "nl";
        Long regionId = region == null ? null : region.getId();

        List<UserAccount> existing = users.findByEmail(email);
        if (existing.size() > 1) {
            throw new UserInputException("invitation.error.ambiguousEmail");
        }
        if (existing.size() == 1) {
            return addToExisting(existing.getFirst(), input.role(), region, inviter);
        }
        Instant now = clock.instant();
        boolean alreadyInvited =
                invitations.openFor(email, now).stream()
                        .anyMatch(
                                i ->
                                        i.getRole() == input.role()
                                                && Objects.equals(i.getRegionId(), regionId));
        if (alreadyInvited) {
            throw new UserInputException("invitation.error.alreadyInvited");
        }
        Long organisationId = organisation(input, regionId);
        Invitation invitation =
                invitations.save(
                        new Invitation(
                                email,
                                displayName,
                                organisationId,
                                regionId,
                                input.role(),
                                language,
                                inviter.id(),
                                now,
                                now.plus(validity)));
        sendInvitation(invitation, inviter.displayName());
        audit.record(
                AccountAuditAction.INVITATION_SENT,
                null,
                regionId,
                "invitation " + invitation.getId() + " as " + input.role());
        log.info(
                "Invitation {} as {} to region {} sent by {}",
                invitation.getId(),
                input.role(),
                region == null ? "(all)" : region.getCode(),
                inviter.getUsername());
        return Outcome.INVITED;
    }

    private Outcome addToExisting(
            UserAccount account, Role role, Region region, AppUserDetails inviter) {
        Long regionId = region == null ? null : region.getId();
        if (!account.isEnabled()) {
            audit.recordRefusal(
                    AccountAuditAction.INVITATION_REFUSED,
                    account.getId(),
                    regionId,
                    "account is disabled");
            throw new UserInputException("invitation.error.disabledAccount");
        }
        boolean member =
                region == null
                        ? memberships.existsByUserIdAndRegionIsNullAndRole(account.getId(), role)
                        : memberships.existsByUserIdAndRegionAndRole(account.getId(), region, role);
        if (member) {
            throw new UserInputException("invitation.error.alreadyMember");
        }
        memberships.save(new Membership(account, region, role));
        audit.record(
                AccountAuditAction.MEMBERSHIP_ADDED_BY_INVITATION,
                account.getId(),
                regionId,
                "as " + role);
        if (account.getEmail() != null) {
            mails.send(
                    "membershipAdded",
                    account.getEmail(),
                    account.getLanguage(),
                    region == null ? "" : RegionRoutes.region(region.getCode()),
                    account.getDisplayName(),
                    inviter.displayName(),
                    region == null ? "" : region.getName(),
                    roleName(role, account.getLanguage()));
        }
        log.info(
                "Membership {} in {} added to user {} by invitation from {}",
                role,
                region == null ? "(all)" : region.getCode(),
                account.getId(),
                inviter.getUsername());
        return Outcome.MEMBERSHIP_ADDED;
    }

    private Long organisation(NewInvitation input, Long regionId) {
        if (input.organisationId() != null) {
            if (entityManager.find(Organisation.class, input.organisationId()) == null) {
                throw new UserInputException("invitation.error.organisation");
            }
            return input.organisationId();
        }
        String name =
                TextInput.optionalLine(
                        input.newOrganisationName(), 200, "invitation.error.organisationName");
        if (name == null) {
            throw new UserInputException("invitation.error.organisation");
        }
        OrganisationType type =
                input.newOrganisationType() == null
                        ? OrganisationType.OTHER
                        : input.newOrganisationType();
        if (type == OrganisationType.MUNICIPALITY || type == OrganisationType.PROVINCE) {
            // municipalities and the province are reference data, never made by an invitation
            throw new UserInputException("invitation.error.organisationType");
        }
        return newOrganisations.findOrCreate(name, type, regionId).id();
    }

    /** The region's pending invitations, newest first. */
    @Transactional(readOnly = true)
    public List<InvitationRow> pending(Long regionId, int offset, int limit) {
        policy.requireInRegion(Action.INVITE_TO_REGION, regionId, "region");
        int size = Math.max(1, limit);
        List<Invitation> page =
                invitations.pendingIn(regionId, PageRequest.of(offset / size, size));
        Map<Long, String> names =
                users
                        .findAllById(
                                page.stream().map(Invitation::getInvitedBy).distinct().toList())
                        .stream()
                        .collect(Collectors.toMap(UserAccount::getId, UserAccount::getDisplayName));
        Map<Long, String> organisations =
                page.stream()
                        .map(Invitation::getOrganisationId)
                        .filter(Objects::nonNull)
                        .distinct()
                        .map(id -> entityManager.find(Organisation.class, id))
                        .collect(Collectors.toMap(Organisation::getId, Organisation::getName));
        Instant now = clock.instant();
        return page.stream()
                .map(
                        i ->
                                new InvitationRow(
                                        i.getId(),
                                        i.getEmail(),
                                        i.getDisplayName(),
                                        organisations.getOrDefault(i.getOrganisationId(), ""),
                                        i.getRole(),
                                        names.getOrDefault(i.getInvitedBy(), ""),
                                        i.getSentAt(),
                                        i.getExpiresAt(),
                                        !i.isOpen(now)))
                .toList();
    }

    @Transactional(readOnly = true)
    public int countPending(Long regionId) {
        policy.requireInRegion(Action.INVITE_TO_REGION, regionId, "region");
        return (int) invitations.countPendingIn(regionId);
    }

    /** A new link (valid from now) in a new e-mail; the earlier link stops working. */
    public void resend(long invitationId) {
        Invitation invitation = manageable(invitationId);
        Instant now = clock.instant();
        invitation.resent(now, now.plus(validity));
        sendInvitation(invitation, currentUser.require().displayName());
        audit.record(
                AccountAuditAction.INVITATION_RESENT,
                null,
                invitation.getRegionId(),
                "invitation " + invitationId);
    }

    /** The link stops working; the invitee is not told. */
    public void withdraw(long invitationId) {
        Invitation invitation = manageable(invitationId);
        invitation.withdrawn(clock.instant());
        tokens.revokeAll(TokenPurpose.INVITATION, invitationId);
        audit.record(
                AccountAuditAction.INVITATION_WITHDRAWN,
                null,
                invitation.getRegionId(),
                "invitation " + invitationId);
    }

    private Invitation manageable(long invitationId) {
        Invitation invitation =
                invitations
                        .findById(invitationId)
                        .orElseThrow(() -> new NotFoundException("invitation"));
        if (invitation.getRegionId() == null) {
            policy.require(Action.GRANT_PROVINCE_ROLE);
        } else {
            policy.requireInRegion(Action.INVITE_TO_REGION, invitation.getRegionId(), "invitation");
        }
        if (invitation.getStatus() != Invitation.Status.PENDING) {
            throw new UserInputException("invitation.error.closed");
        }
        return invitation;
    }

    private void sendInvitation(Invitation invitation, String inviterName) {
        String token = tokens.issue(TokenPurpose.INVITATION, invitation.getId(), validity);
        Region region =
                invitation.getRegionId() == null
                        ? null
                        : entityManager.find(Region.class, invitation.getRegionId());
        mails.send(
                "invitation",
                invitation.getEmail(),
                invitation.getLanguage(),
                AccountRoutes.invitation(token),
                invitation.getDisplayName(),
                inviterName,
                region == null ? "Regiotafel" : region.getName(),
                roleName(invitation.getRole(), invitation.getLanguage()),
                AccountMails.moment(invitation.getExpiresAt(), invitation.getLanguage()));
    }

    /** What an invitation link is about, for anyone holding it; empty when it does not work. */
    // before sign-in: the link itself is the permission
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<InvitationDetails> open(String token) {
        return tokens.peek(TokenPurpose.INVITATION, token)
                .flatMap(t -> invitations.findById(t.subjectId()))
                .filter(i -> i.isOpen(clock.instant()))
                .map(this::details);
    }

    private InvitationDetails details(Invitation i) {
        Region region =
                i.getRegionId() == null ? null : entityManager.find(Region.class, i.getRegionId());
        Organisation organisation =
                i.getOrganisationId() == null
                        ? null
                        : entityManager.find(Organisation.class, i.getOrganisationId());
        String inviter =
                users.findById(i.getInvitedBy()).map(UserAccount::getDisplayName).orElse("");
        return new InvitationDetails(
                i.getEmail(),
                i.getDisplayName(),
                region == null ? null : region.getName(),
                i.getRole(),
                organisation == null ? "" : organisation.getName(),
                inviter,
                i.getLanguage(),
                suggestedUsername(i.getEmail()));
    }

    /**
     * Accepts the invitation: an account with the chosen username and password and the invited
     * membership. Checked before the link is used up, so a taken username or a weak password can be
     * corrected with the same link. Not while signed in: the link might be someone else's.
     */
    // before sign-in: the link itself is the permission
    @PreAuthorize("permitAll()")
    public AcceptedInvitation accept(String token, String username, String password) {
        if (currentUser.get().isPresent()) {
            throw new UserInputException("invitation.error.signedIn");
        }
        Invitation invitation =
                tokens.peek(TokenPurpose.INVITATION, token)
                        .flatMap(t -> invitations.findById(t.subjectId()))
                        .filter(i -> i.isOpen(clock.instant()))
                        .orElseThrow(() -> refused("invitation.error.linkInvalid"));
        String name =
                TextInput.requiredLine(username, 100, "user.error.username")
                        .toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(name).matches()) {
            throw new UserInputException("user.error.username");
        }
        if (users.existsByUsername(name)) {
            throw new UserInputException("user.error.usernameTaken");
        }
        PasswordPolicy.require(password, name);
        if (!users.findByEmail(invitation.getEmail()).isEmpty()) {
            // an account with this address came into being after the invitation was sent
            throw refused("invitation.error.accountExists");
        }
        if (tokens.redeem(TokenPurpose.INVITATION, token).isEmpty()) {
            throw refused("invitation.error.linkInvalid");
        }
        UserAccount account = createAccount(invitation, name, passwordEncoder.encode(password));
        log.info("Invitation {} accepted as user {}", invitation.getId(), name);
        return new AcceptedInvitation(account.getId(), name, regionCode(invitation));
    }

    /**
     * Single sign-on's way in for someone who was invited but has no account yet: when a pending,
     * unexpired invitation went to this address (which the identity provider verified), the account
     * is made with the invited memberships and no usable password, and its id returned. The name is
     * the one the invitation gave ({@code displayName} from the provider is not used: the inviter
     * named the person as the table knows them).
     */
    // before sign-in: the link itself is the permission
    @PreAuthorize("permitAll()")
    public Optional<Long> acceptForVerifiedEmail(String email, String displayName) {
        if (email == null || !users.findByEmail(email).isEmpty()) {
            return Optional.empty();
        }
        List<Invitation> open = invitations.openFor(email, clock.instant());
        if (open.isEmpty()) {
            return Optional.empty();
        }
        Invitation first = open.getFirst();
        String name = uniqueUsername(suggestedUsername(email));
        // a random password nobody knows: the account signs in through its identity provider
        // (and may set a password with "Wachtwoord vergeten?")
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        UserAccount account =
                createAccount(
                        first, name, passwordEncoder.encode(HexFormat.of().formatHex(random)));
        for (Invitation other : open.subList(1, open.size())) {
            addInvitedMembership(account, other);
        }
        return Optional.of(account.getId());
    }

    private UserAccount createAccount(Invitation invitation, String username, String hash) {
        Organisation organisation =
                invitation.getOrganisationId() == null
                        ? null
                        : entityManager.find(Organisation.class, invitation.getOrganisationId());
        UserAccount account =
                users.save(
                        new UserAccount(
                                username,
                                invitation.getDisplayName(),
                                invitation.getEmail(),
                                hash,
                                organisation));
        users.flush();
        users.updateLanguage(username, invitation.getLanguage());
        addInvitedMembership(account, invitation);
        return account;
    }

    private void addInvitedMembership(UserAccount account, Invitation invitation) {
        Region region =
                invitation.getRegionId() == null
                        ? null
                        : entityManager.find(Region.class, invitation.getRegionId());
        memberships.save(new Membership(account, region, invitation.getRole()));
        invitation.accepted(account.getId(), clock.instant());
        tokens.revokeAll(TokenPurpose.INVITATION, invitation.getId());
        audit.record(
                AccountAuditAction.INVITATION_ACCEPTED,
                account.getId(),
                invitation.getRegionId(),
                "invitation " + invitation.getId() + " as " + invitation.getRole());
    }

    private String regionCode(Invitation invitation) {
        return invitation.getRegionId() == null
                ? null
                : entityManager.find(Region.class, invitation.getRegionId()).getCode();
    }

    private UserInputException refused(String key) {
        audit.recordRefusal(AccountAuditAction.INVITATION_REFUSED, null, null, key);
        return new UserInputException(key);
    }

    /** The address's part before the @, made into a valid username ("j.de.vries" and so on). */
    static String suggestedUsername(String email) {
        String local = email.substring(0, Math.max(0, email.indexOf('@')));
        String plain =
                Normalizer.normalize(local, Normalizer.Form.NFD)
                        .replaceAll("\\p{M}", "")
                        .toLowerCase(Locale.ROOT)
                        .replaceAll("[^a-z0-9._-]", "");
        plain = plain.replaceAll("^[._-]+", "");
        if (plain.length() < 3) {
            plain = (plain + "gebruiker").substring(0, Math.max(3, plain.length() + 9));
        }
        return plain.length() > 90 ? plain.substring(0, 90) : plain;
    }

    private String uniqueUsername(String wanted) {
        String candidate = wanted;
        for (int n = 2; users.existsByUsername(candidate); n++) {
            candidate = wanted + n;
        }
        return candidate;
    }

    private static String roleName(Role role, String language) {
        return ResourceBundle.getBundle("vaadin-i18n.translations", AccountMails.localeOf(language))
                .getString("role." + role.name());
    }
}
