package nl.brabant.regiotafel.agreement;

import nl.brabant.regiotafel.collaboration.CollaborationEvent;
import nl.brabant.regiotafel.collaboration.CollaborationHub;
import nl.brabant.regiotafel.security.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes the audit trail of agreements inside the transaction of the change it records, and
 * tells the others in the document about the change once it is committed (never before: they
 * would reload and not yet see it).
 */
@Component
class AuditLog {

    private final AuditRepository entries;
    private final CurrentUser currentUser;
    private final CollaborationHub hub;

    AuditLog(AuditRepository entries, CurrentUser currentUser, CollaborationHub hub) {
        this.entries = entries;
        this.currentUser = currentUser;
        this.hub = hub;
    }

    static String documentKey(long agreementId) {
        return "agreement-" + agreementId;
    }

    void record(Agreement agreement, String action, String detail) {
        var actor = currentUser.get();
        entries.save(new AuditEntry(agreement.getRegion().getId(), agreement.getId(),
                actor.map(u -> u.id()).orElse(null), action, detail));
        CollaborationEvent.Kind kind = action.startsWith("ARTICLE_") || action.equals("RESTORED")
                ? CollaborationEvent.Kind.CONTENT : CollaborationEvent.Kind.DOCUMENT;
        CollaborationEvent event = new CollaborationEvent(kind, documentKey(agreement.getId()), null, null,
                actor.map(u -> u.displayName()).orElse(null));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    hub.publish(event);
                }
            });
        } else {
            hub.publish(event);
        }
    }
}
