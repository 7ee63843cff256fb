package nl.brabant.regiotafel.agreement;

import nl.brabant.regiotafel.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Writes the audit trail of agreements inside the transaction of the change it records. What the
 * open windows are told is a typed {@link AgreementEvent}, published by the service that changed
 * it.
 */
@Component
class AuditLog {

    private final AuditRepository entries;
    private final CurrentUser currentUser;

    AuditLog(AuditRepository entries, CurrentUser currentUser) {
        this.entries = entries;
        this.currentUser = currentUser;
    }

    void record(Agreement agreement, AuditAction action, String detail) {
        entries.save(
                new AuditEntry(
                        agreement.getRegion().getId(),
                        agreement.getId(),
                        currentUser.get().map(u -> u.id()).orElse(null),
                        action.name(),
                        detail));
    }
}
