package nl.brabant.regiotafel.security;

import java.util.List;
import nl.brabant.regiotafel.base.NotFoundException;
import nl.brabant.regiotafel.base.TextInput;
import nl.brabant.regiotafel.base.UserInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * The signed-in person's own account: name, password, and the open sessions. Every method acts on
 * the account of the person asking and no other; there is nothing to choose.
 *
 * <p>{@code currentSessionId} is the id of the HTTP session of the page asking, so that "this
 * session" is shown as such and is left open where the person asked to end the others.
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
    private final SecurityAudit audit;
    private final UserDetailsService userDetails;

    AccountService(
            UserAccountRepository users,
            CurrentUser currentUser,
            PasswordEncoder passwordEncoder,
            SessionTracker sessions,
            LoginThrottle throttle,
            SecurityAudit audit,
            UserDetailsService userDetails) {
        this.users = users;
        this.currentUser = currentUser;
        this.passwordEncoder = passwordEncoder;
        this.sessions = sessions;
        this.throttle = throttle;
        this.audit = audit;
        this.userDetails = userDetails;
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
        audit.account(SecurityAuditAction.NAME_CHANGED, account.getId(), before + " -> " + cleaned);
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
            audit.refusal(
                    SecurityAuditAction.PASSWORD_CHANGE_REFUSED, account.getId(), "throttled");
            throw new UserInputException("account.error.tooManyAttempts");
        }
        if (current == null
                || current.isEmpty()
                || !passwordEncoder.matches(current, account.getPasswordHash())) {
            throttle.recordFailure(username, null);
            audit.refusal(
                    SecurityAuditAction.PASSWORD_CHANGE_REFUSED,
                    account.getId(),
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
        audit.account(
                SecurityAuditAction.PASSWORD_CHANGED,
                account.getId(),
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
            audit.account(SecurityAuditAction.SESSION_ENDED, me, "one other session ended");
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
        audit.account(
                SecurityAuditAction.SIGNED_OUT_EVERYWHERE,
                me,
                ended + " other session(s) ended, this one signs out");
        log.info("User {} signed out everywhere; {} other session(s) ended", me, ended);
        return ended;
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
