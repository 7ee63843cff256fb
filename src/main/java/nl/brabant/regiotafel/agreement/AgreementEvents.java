package nl.brabant.regiotafel.agreement;

import nl.brabant.regiotafel.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * How the agreement services publish what they changed: as Spring application events, inside the
 * change's transaction; {@link AgreementEventRelay} passes them on once it committed.
 */
@Component
class AgreementEvents {

    private final ApplicationEventPublisher publisher;
    private final CurrentUser currentUser;

    AgreementEvents(ApplicationEventPublisher publisher, CurrentUser currentUser) {
        this.publisher = publisher;
        this.currentUser = currentUser;
    }

    void publish(AgreementEvent event) {
        publisher.publishEvent(event);
    }

    /** The user making the change (services run signed in; no lookup needed). */
    long by() {
        return currentUser.require().id();
    }
}
