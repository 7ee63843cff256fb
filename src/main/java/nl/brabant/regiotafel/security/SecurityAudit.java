package nl.brabant.regiotafel.security;

import java.time.Clock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the audit trail of organisations and accounts inside the transaction of the change it
 * records, so a change that fails leaves no entry and an entry never lacks its change. Details name
 * what changed (old and new name), never a password, token or address of a session.
 */
@Component
class SecurityAudit {

    private final SecurityAuditRepository entries;
    private final CurrentUser currentUser;
    private final Clock clock;

    SecurityAudit(SecurityAuditRepository entries, CurrentUser currentUser, Clock clock) {
        this.entries = entries;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    void organisation(SecurityAuditAction action, Long organisationId, String detail) {
        record(action, SecurityAuditAction.Subject.ORGANISATION, organisationId, detail);
    }

    void account(SecurityAuditAction action, long accountId, String detail) {
        record(action, SecurityAuditAction.Subject.ACCOUNT, accountId, detail);
    }

    /**
     * A refusal that changes nothing, committed on its own: the refused change's transaction rolls
     * back, and the attempt must stay on record.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void refusal(SecurityAuditAction action, long accountId, String detail) {
        record(action, SecurityAuditAction.Subject.ACCOUNT, accountId, detail);
    }

    private void record(
            SecurityAuditAction action,
            SecurityAuditAction.Subject subject,
            Long subjectId,
            String detail) {
        entries.save(
                new SecurityAuditEntry(
                        currentUser.get().map(AppUserDetails::id).orElse(null),
                        action,
                        subject,
                        subjectId,
                        detail,
                        clock.instant()));
    }
}
