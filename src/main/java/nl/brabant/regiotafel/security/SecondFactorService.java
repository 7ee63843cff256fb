package nl.brabant.regiotafel.security;

import java.util.List;
import nl.brabant.regiotafel.base.NotFoundException;
import nl.brabant.regiotafel.base.UserInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's second factors: their passkeys (registered through Spring Security's WebAuthn
 * endpoints, listed and deleted here) and their one-time recovery codes; and the administrator's
 * reset of someone's factors. Every change is in the security audit trail.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class SecondFactorService {

    private static final Logger log = LoggerFactory.getLogger(SecondFactorService.class);

    private final CurrentUser currentUser;
    private final PasskeyStore passkeys;
    private final RecoveryCodes recoveryCodes;
    private final SecurityAudit audit;
    private final SecondFactorPolicy policy;
    private final SecondFactorSession session;
    private final AccessPolicy access;
    private final UserAccountRepository users;
    private final SessionTracker sessions;

    SecondFactorService(
            CurrentUser currentUser,
            PasskeyStore passkeys,
            RecoveryCodes recoveryCodes,
            SecurityAudit audit,
            SecondFactorPolicy policy,
            SecondFactorSession session,
            AccessPolicy access,
            UserAccountRepository users,
            SessionTracker sessions) {
        this.currentUser = currentUser;
        this.passkeys = passkeys;
        this.recoveryCodes = recoveryCodes;
        this.audit = audit;
        this.policy = policy;
        this.session = session;
        this.access = access;
        this.users = users;
        this.sessions = sessions;
    }

    /** What the second-factor page and the security page need to know about the current person. */
    @Transactional(readOnly = true)
    public SecondFactorStatus status() {
        AppUserDetails me = currentUser.require();
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return new SecondFactorStatus(
                policy.appliesTo(authentication),
                policy.isPending(authentication),
                passkeys.count(me.getUsername()),
                recoveryCodes.unused(me.id()));
    }

    @Transactional(readOnly = true)
    public List<PasskeyRow> ownPasskeys() {
        return passkeys.of(currentUser.require().getUsername());
    }

    /** Deletes one of the person's own passkeys; someone else's is "not found". */
    public void deleteOwnPasskey(String credentialId) {
        AppUserDetails me = currentUser.require();
        String label =
                passkeys.of(me.getUsername()).stream()
                        .filter(p -> p.id().equals(credentialId))
                        .map(PasskeyRow::label)
                        .findFirst()
                        .orElseThrow(() -> new NotFoundException("passkey"));
        if (!passkeys.delete(me.getUsername(), credentialId)) {
            throw new NotFoundException("passkey");
        }
        audit.record(me.id(), me.id(), SecurityAuditAction.PASSKEY_DELETED, label);
    }

    /**
     * Ten new one-time recovery codes, to be shown once: only their hashes are kept, and the
     * person's earlier codes stop working.
     */
    public List<String> newRecoveryCodes() {
        AppUserDetails me = currentUser.require();
        List<String> codes = recoveryCodes.generate(me.id());
        audit.record(me.id(), me.id(), SecurityAuditAction.RECOVERY_CODES_GENERATED, null);
        return codes;
    }

    /**
     * Confirms this sign-in with a recovery code instead of a passkey. A wrong or used code is
     * refused with its own message and changes nothing; a good one is used up.
     */
    public void confirmWithRecoveryCode(String code) {
        AppUserDetails me = currentUser.require();
        switch (recoveryCodes.use(me.id(), code)) {
            case USED -> {
                session.grant(SecondFactorPolicy.RECOVERY_CODE_AUTHORITY);
                audit.record(
                        me.id(),
                        me.id(),
                        SecurityAuditAction.RECOVERY_CODE_USED,
                        recoveryCodes.unused(me.id()) + " left");
            }
            case ALREADY_USED -> {
                log.warn("User '{}' sent a recovery code that was used before", me.getUsername());
                throw new UserInputException("secondFactor.error.recoveryUsed");
            }
            case WRONG -> {
                log.warn("User '{}' sent a wrong recovery code", me.getUsername());
                throw new UserInputException("secondFactor.error.recoveryWrong");
            }
        }
    }

    /**
     * For a person who lost their passkeys and codes: removes all of them and ends the person's
     * open sessions. At the next sign-in they are asked to register a passkey again (if their role
     * requires one).
     */
    @PreAuthorize("hasRole('ADMIN')")
    public void resetFactors(long userId) {
        access.require(Action.MANAGE_USERS);
        AppUserDetails admin = currentUser.require();
        UserAccount account =
                users.findById(userId).orElseThrow(() -> new NotFoundException("user"));
        if (account.getId() == admin.id()) {
            throw new UserInputException("secondFactor.error.resetSelf");
        }
        int removedPasskeys = passkeys.deleteAll(account.getUsername());
        int removedCodes = recoveryCodes.deleteAll(account.getId());
        int ended = sessions.endSessionsOf(account.getId());
        audit.record(
                account.getId(),
                admin.id(),
                SecurityAuditAction.FACTORS_RESET,
                removedPasskeys
                        + " passkey(s), "
                        + removedCodes
                        + " code(s), "
                        + ended
                        + " session(s) ended");
    }

    /** The actions of the security audit trail for a person, newest first (administrator). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<String> auditOf(long userId) {
        access.require(Action.MANAGE_USERS);
        return audit.actionsOf(userId);
    }
}
