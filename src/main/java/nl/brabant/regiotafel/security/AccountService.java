package nl.brabant.regiotafel.security;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import nl.brabant.regiotafel.base.NotFoundException;
import nl.brabant.regiotafel.base.TextInput;
import nl.brabant.regiotafel.base.UserInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in person's own account: name, e-mail address, password, and the open sessions. Every
 * method acts on the account of the person asking and no other; there is nothing to choose.
 *
 * <p>{@code currentSessionId} is the id of the HTTP session of the page asking, so that "this
 * session" is shown as such and is left open where the person asked to end the others.
 *
 * <p>Longer than 250 lines: the account page's four parts each need the same "this person only"
 * rule, audit and session handling, which one class keeps in one place.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class AccountService {

    static final int MAX_NAME = 200;
    private static final Logger log = LoggerFactory.getLogger(AccountService.class);

    private final UserAccountRepository users;
    private final CurrentUser currentUser;
    private final PasswordEncoder passwordEncoder;
    private final SessionTracker sessions;
    private final LoginThrottle throttle;
    private final AccountAudit audit;
    private final UserDetailsService userDetails;
    private final AccountTokens tokens;
    private final AccountMails mails;
    private final Duration emailValidity;

    AccountService(
            UserAccountRepository users,
            CurrentUser currentUser,
            PasswordEncoder passwordEncoder,
            SessionTracker sessions,
            LoginThrottle throttle,
            AccountAudit audit,
            UserDetailsService userDetails,
            AccountTokens tokens,
            AccountMails mails,
            @Value("${regiotafel.email-change.validity:24h}") Duration emailValidity) {
        this.users = users;
        this.currentUser = currentUser;
        this.passwordEncoder = passwordEncoder;
        this.sessions = sessions;
        this.throttle = throttle;
        this.audit = audit;
        this.userDetails = userDetails;
        this.tokens = tokens;
        this.mails = mails;
        this.emailValidity = emailValidity;
    }

    @Transactional(readOnly = true)
    public AccountDetails mine() {
        UserAccount account = me();
        return new AccountDetails(
                account.getUsername(),
                account.getDisplayName(),
                account.getEmail(),
                account.getPendingEmail(),
                account.getLanguage(),
                account.getOrganisation() == null ? null : account.getOrganisation().getName());
    }

    /** The name others see; the page's header shows it at once. */
    public void changeName(String name) {
        UserAccount account = me();
        String cleaned = TextInput.requiredLine(name, MAX_NAME, "account.error.name");
        String before = account.getDisplayName();
        if (before.equals(cleaned)) {
            return;
        }
        account.rename(cleaned);
        users.flush();
        audit.record(
                AccountAuditAction.NAME_CHANGED, account.getId(), null, before + " -> " + cleaned);
        refreshSignedInName(account.getUsername());
    }

    /**
     * Sets a new password after checking the current one, and ends the person's other sessions: a
     * person who changes their password because someone else learnt it wants that someone out.
     * Wrong current passwords count towards the login throttle of the account, so this form is no
     * way around it. Returns how many other sessions ended.
     */
    public int changePassword(String current, String next, String currentSessionId) {
        UserAccount account = me();
        String username = account.getUsername();
        if (throttle.isBlocked(username, null)) {
            audit.recordRefusal(
                    AccountAuditAction.PASSWORD_CHANGE_REFUSED, account.getId(), null, "throttled");
            throw new UserInputException("account.error.tooManyAttempts");
        }
        if (current == null
                || current.isEmpty()
                || !passwordEncoder.matches(current, account.getPasswordHash())) {
            throttle.recordFailure(username, null);
            audit.recordRefusal(
                    AccountAuditAction.PASSWORD_CHANGE_REFUSED,
                    account.getId(),
                    null,
                    "current password wrong");
            log.warn("Password change for user {}: current password wrong", account.getId());
            throw new UserInputException("account.error.currentPassword");
        }
        PasswordPolicy.require(next, username);
        if (next.equals(current)) {
            throw new UserInputException("account.error.samePassword");
        }
        account.setPasswordHash(passwordEncoder.encode(next));
        users.flush();
        int ended = sessions.endSessionsOf(account.getId(), currentSessionId);
        audit.record(
                AccountAuditAction.PASSWORD_CHANGED,
                account.getId(),
                null,
                ended + " other session(s) ended");
        log.info(
                "User {} changed their password; {} other session(s) ended",
                account.getId(),
                ended);
        return ended;
    }

    /** The person's open sessions, the newest sign-in first. */
    @Transactional(readOnly = true)
    public List<SessionRow> sessions(String currentSessionId) {
        long me = currentUser.require().id();
        return sessions.sessionsOf(me).stream()
                .map(
                        s ->
                                new SessionRow(
                                        s.signIn().key(),
                                        s.signIn().signedInAt(),
                                        s.lastSeen(),
                                        UserAgents.describe(s.signIn().userAgent()),
                                        s.signIn().address(),
                                        s.httpSessionId().equals(currentSessionId)))
                .toList();
    }

    /**
     * Ends one other session of the person; the own session ends with "Afmelden" instead. False
     * when it had ended already.
     */
    public boolean endSession(String key, String currentSessionId) {
        long me = currentUser.require().id();
        boolean current =
                sessions.sessionsOf(me).stream()
                        .anyMatch(
                                s ->
                                        s.signIn().key().equals(key)
                                                && s.httpSessionId().equals(currentSessionId));
        if (current) {
            throw new UserInputException("account.error.endCurrentSession");
        }
        boolean ended = key != null && sessions.end(me, key);
        if (ended) {
            audit.record(AccountAuditAction.SESSION_ENDED, me, null, "one other session ended");
            log.info("User {} ended one of their other sessions", me);
        }
        return ended;
    }

    /**
     * "Overal afmelden": ends every other session of the person at once; the page then signs out
     * its own session the ordinary way. Returns how many other sessions ended.
     */
    public int signOutEverywhere(String currentSessionId) {
        long me = currentUser.require().id();
        int ended = sessions.endSessionsOf(me, currentSessionId);
        audit.record(
                AccountAuditAction.SIGNED_OUT_EVERYWHERE,
                me,
                null,
                ended + " other session(s) ended, this one signs out");
        log.info("User {} signed out everywhere; {} other session(s) ended", me, ended);
        return ended;
    }

    /**
     * Sends a confirmation link to the new address; the address changes only when that link is
     * followed, by this person, signed in. A newer request replaces the older one (only the newest
     * link works). The address must be free: accounts are found by their address (invitations,
     * password resets).
     */
    public void requestEmailChange(String newEmail) {
        UserAccount account = me();
        String address =
                TextInput.requiredLine(newEmail, 254, "account.error.email")
                        .toLowerCase(Locale.ROOT);
        if (!InvitationService.EMAIL.matcher(address).matches()) {
            throw new UserInputException("account.error.email");
        }
        if (address.equalsIgnoreCase(account.getEmail() == null ? "" : account.getEmail())) {
            throw new UserInputException("account.error.emailSame");
        }
        if (users.findByEmail(address).stream()
                .anyMatch(other -> !other.getId().equals(account.getId()))) {
            throw new UserInputException("account.error.emailTaken");
        }
        account.setPendingEmail(address);
        users.flush();
        String token =
                tokens.issue(TokenPurpose.EMAIL_CHANGE, account.getId(), address, emailValidity);
        mails.send(
                "emailChange",
                address,
                account.getLanguage(),
                AccountRoutes.confirmEmail(token),
                account.getDisplayName(),
                account.getUsername(),
                emailValidity.toHours());
        audit.record(AccountAuditAction.EMAIL_CHANGE_REQUESTED, account.getId(), null, null);
        log.info("User {} asked to change their e-mail address", account.getId());
    }

    /** Withdraws a change that waits for confirmation: its link stops working. */
    public void cancelEmailChange() {
        UserAccount account = me();
        if (account.getPendingEmail() != null) {
            account.setPendingEmail(null);
            tokens.revokeAll(TokenPurpose.EMAIL_CHANGE, account.getId());
            audit.record(AccountAuditAction.EMAIL_CHANGE_CANCELLED, account.getId(), null, null);
        }
    }

    /**
     * Follows the link of an e-mail change: the new address replaces the old one. Refused, with
     * nothing changed, for an unknown, forged, expired, used or replaced link, and for a link of
     * another account than the one signed in (that link is left as it was, for its owner). Returns
     * the new address.
     */
    public String confirmEmailChange(String token) {
        long me = currentUser.require().id();
        AccountTokens.Redeemed link =
                tokens.peek(TokenPurpose.EMAIL_CHANGE, token)
                        .orElseThrow(
                                () ->
                                        refusedLink(
                                                me,
                                                "link invalid",
                                                "account.error.emailLinkInvalid"));
        if (link.subjectId() != me) {
            throw refusedLink(me, "link of another account", "account.error.emailLinkOtherAccount");
        }
        UserAccount account = me();
        if (link.payload() == null || !link.payload().equalsIgnoreCase(account.getPendingEmail())) {
            throw refusedLink(me, "link replaced", "account.error.emailLinkInvalid");
        }
        if (tokens.redeem(TokenPurpose.EMAIL_CHANGE, token).isEmpty()) {
            throw refusedLink(me, "link used meanwhile", "account.error.emailLinkInvalid");
        }
        account.confirmEmail(link.payload());
        users.flush();
        audit.record(AccountAuditAction.EMAIL_CHANGED, me, null, null);
        log.info("User {} confirmed their new e-mail address", me);
        return link.payload();
    }

    private UserInputException refusedLink(long me, String why, String key) {
        audit.recordRefusal(AccountAuditAction.EMAIL_CHANGE_REFUSED, me, null, why);
        log.warn("E-mail change refused for user {}: {}", me, why);
        return new UserInputException(key);
    }

    private UserAccount me() {
        return users.findById(currentUser.require().id())
                .orElseThrow(() -> new NotFoundException("user"));
    }

    /**
     * The signed-in principal carries the name the header shows; it is replaced in the session's
     * security context (the same object the session keeps), with the authorities of the sign-in.
     */
    private void refreshSignedInName(String username) {
        SecurityContext context = SecurityContextHolder.getContext();
        Authentication before = context.getAuthentication();
        if (before == null || !(before.getPrincipal() instanceof AppUserDetails)) {
            return;
        }
        AppUserDetails fresh = (AppUserDetails) userDetails.loadUserByUsername(username);
        fresh.eraseCredentials();
        UsernamePasswordAuthenticationToken after =
                UsernamePasswordAuthenticationToken.authenticated(
                        fresh, null, before.getAuthorities());
        after.setDetails(before.getDetails());
        context.setAuthentication(after);
    }
}
