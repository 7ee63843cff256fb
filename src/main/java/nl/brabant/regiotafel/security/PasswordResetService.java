package nl.brabant.regiotafel.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.brabant.regiotafel.base.UserInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Wachtwoord vergeten?": a single-use link, valid 30 minutes, to the address of the account. The
 * page says the same and takes the same time whether or not the address belongs to an account (the
 * e-mail leaves after the answer, on another thread, and every request takes at least {@link
 * #MIN_ANSWER_TIME}). Requests are throttled per address typed, per account and per client address.
 * Setting the new password ends every session of the account.
 *
 * <p>Used before sign-in: the link (or, for a request, nothing at all) is the permission.
 */
@Service
@PreAuthorize("permitAll()")
@Transactional
public class PasswordResetService {

    static final Duration MIN_ANSWER_TIME = Duration.ofMillis(400);
    static final int REQUESTS_PER_EMAIL = 3;
    static final int REQUESTS_PER_ACCOUNT = 5;
    static final int REQUESTS_PER_CLIENT = 20;
    static final Duration WINDOW = Duration.ofHours(1);

    private static final Logger log = LoggerFactory.getLogger(PasswordResetService.class);

    private final UserAccountRepository users;
    private final AccountTokens tokens;
    private final AccountMails mails;
    private final AccountAudit audit;
    private final PasswordEncoder passwordEncoder;
    private final SessionTracker sessions;
    private final CurrentUser currentUser;
    private final Duration validity;

    private final Cache<String, Bucket> perEmail = throttleCache();
    private final Cache<Long, Bucket> perAccount = throttleCache();
    private final Cache<String, Bucket> perClient = throttleCache();

    PasswordResetService(
            UserAccountRepository users,
            AccountTokens tokens,
            AccountMails mails,
            AccountAudit audit,
            PasswordEncoder passwordEncoder,
            SessionTracker sessions,
            CurrentUser currentUser,
            @Value("${regiotafel.password-reset.validity:30m}") Duration validity) {
        this.users = users;
        this.tokens = tokens;
        this.mails = mails;
        this.audit = audit;
        this.passwordEncoder = passwordEncoder;
        this.sessions = sessions;
        this.currentUser = currentUser;
        this.validity = validity;
    }

    public Duration validity() {
        return validity;
    }

    /**
     * Sends a reset link to every enabled account with this address, unless throttled; tells the
     * caller nothing either way. {@code clientAddress} is the requester's IP address (may be null).
     */
    public void request(String email, String clientAddress) {
        long started = System.nanoTime();
        try {
            requestNow(email, clientAddress);
        } finally {
            long left = MIN_ANSWER_TIME.toNanos() - (System.nanoTime() - started);
            if (left > 0) {
                try {
                    Thread.sleep(Duration.ofNanos(left));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    private void requestNow(String email, String clientAddress) {
        String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (!InvitationService.EMAIL.matcher(address).matches() || address.length() > 254) {
            return;
        }
        if (clientAddress != null && !take(perClient, clientAddress, REQUESTS_PER_CLIENT)) {
            log.warn("Password reset requests throttled for client {}", clientAddress);
            return;
        }
        if (!take(perEmail, address, REQUESTS_PER_EMAIL)) {
            log.warn("Password reset requests throttled for an address");
            return;
        }
        List<UserAccount> accounts = users.findByEmail(address);
        for (UserAccount account : accounts) {
            if (!account.isEnabled()) {
                audit.record(
                        AccountAuditAction.PASSWORD_RESET_REFUSED,
                        account.getId(),
                        null,
                        "account is disabled");
                continue;
            }
            if (!take(perAccount, account.getId(), REQUESTS_PER_ACCOUNT)) {
                log.warn("Password reset requests throttled for user {}", account.getId());
                continue;
            }
            String token = tokens.issue(TokenPurpose.PASSWORD_RESET, account.getId(), validity);
            mails.send(
                    "passwordReset",
                    account.getEmail(),
                    account.getLanguage(),
                    AccountRoutes.resetPassword(token),
                    account.getDisplayName(),
                    account.getUsername(),
                    validity.toMinutes());
            audit.record(
                    AccountAuditAction.PASSWORD_RESET_REQUESTED,
                    account.getId(),
                    null,
                    clientAddress == null ? null : "from " + clientAddress);
        }
    }

    /** The username a valid reset link is for; empty when the link does not work. */
    @Transactional(readOnly = true)
    public Optional<String> open(String token) {
        return tokens.peek(TokenPurpose.PASSWORD_RESET, token)
                .flatMap(t -> users.findById(t.subjectId()))
                .filter(UserAccount::isEnabled)
                .map(UserAccount::getUsername);
    }

    /**
     * Sets the new password, uses the link up and ends every session of the account (the person
     * signs in again with the new password). The password is checked before the link is used, so a
     * refused password can be corrected with the same link.
     */
    public String reset(String token, String newPassword) {
        if (currentUser.get().isPresent()) {
            throw new UserInputException("reset.error.signedIn");
        }
        UserAccount account =
                tokens.peek(TokenPurpose.PASSWORD_RESET, token)
                        .flatMap(t -> users.findById(t.subjectId()))
                        .filter(UserAccount::isEnabled)
                        .orElseThrow(this::linkInvalid);
        PasswordPolicy.require(newPassword, account.getUsername());
        if (tokens.redeem(TokenPurpose.PASSWORD_RESET, token).isEmpty()) {
            throw linkInvalid();
        }
        account.setPasswordHash(passwordEncoder.encode(newPassword));
        users.flush();
        int ended = sessions.endSessionsOf(account.getId());
        audit.record(
                AccountAuditAction.PASSWORD_RESET,
                account.getId(),
                null,
                ended + " session(s) ended");
        if (account.getEmail() != null) {
            mails.send(
                    "passwordChanged",
                    account.getEmail(),
                    account.getLanguage(),
                    null,
                    account.getDisplayName());
        }
        log.info("Password of user {} reset by link; {} session(s) ended", account.getId(), ended);
        return account.getUsername();
    }

    private UserInputException linkInvalid() {
        audit.recordRefusal(AccountAuditAction.PASSWORD_RESET_REFUSED, null, null, "link invalid");
        return new UserInputException("reset.error.linkInvalid");
    }

    private static boolean take(Cache<?, Bucket> cache, Object key, int perWindow) {
        @SuppressWarnings("unchecked")
        Cache<Object, Bucket> typed = (Cache<Object, Bucket>) cache;
        return typed.get(
                        key,
                        k ->
                                Bucket.builder()
                                        .addLimit(
                                                Bandwidth.builder()
                                                        .capacity(perWindow)
                                                        .refillGreedy(perWindow, WINDOW)
                                                        .build())
                                        .build())
                .tryConsume(1);
    }

    private static <K> Cache<K, Bucket> throttleCache() {
        return Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(WINDOW).build();
    }
}
