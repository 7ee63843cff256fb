package nl.brabant.regiotafel.agreement;

import nl.brabant.regiotafel.collaboration.CollaborationEvent;
import nl.brabant.regiotafel.collaboration.CollaborationHub;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the agreement's open windows what changed, once the change is committed: never before (they
 * would read and not yet see it), and never for a change that was rolled back.
 */
@Component
class AgreementEventRelay {

    private final CollaborationHub hub;

    AgreementEventRelay(CollaborationHub hub) {
        this.hub = hub;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void relay(AgreementEvent event) {
        hub.publish(CollaborationEvent.of(event));
    }
}
