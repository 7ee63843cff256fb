package nl.brabant.regiotafel.agreement;

import nl.brabant.regiotafel.base.NotFoundException;
import nl.brabant.regiotafel.base.UserInputException;
import nl.brabant.regiotafel.security.AccessPolicy;
import nl.brabant.regiotafel.security.Action;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Loads agreements the way every service of this feature must: a draft does not exist for
 * stakeholders, another region's agreement does not exist at all, and an action needs its grant.
 */
@Component
class AgreementAccess {

    private final AgreementRepository agreements;
    private final AccessPolicy policy;

    AgreementAccess(AgreementRepository agreements, AccessPolicy policy) {
        this.agreements = agreements;
        this.policy = policy;
    }

    boolean mayRead(Agreement agreement) {
        Long region = agreement.getRegion().getId();
        return policy.may(Action.READ_AGREEMENT_DRAFT, region)
                || (agreement.getStatus().publicForStakeholders() && policy.may(Action.READ_AGREEMENT, region));
    }

    Agreement readable(long agreementId) {
        Agreement agreement = agreements.findById(agreementId).orElseThrow(() -> new NotFoundException("agreement"));
        if (!mayRead(agreement)) {
            throw new NotFoundException("agreement");
        }
        return agreement;
    }

    /** For writes: readable, allowed, and locked so revision numbers never collide. */
    Agreement lockedFor(long agreementId, Action action) {
        readable(agreementId);
        Agreement agreement = agreements.lockById(agreementId).orElseThrow(() -> new NotFoundException("agreement"));
        require(action, agreement);
        return agreement;
    }

    void require(Action action, Agreement agreement) {
        if (!policy.may(action, agreement.getRegion().getId())) {
            throw new AccessDeniedException("not allowed: " + action);
        }
    }

    boolean may(Action action, Agreement agreement) {
        return policy.may(action, agreement.getRegion().getId());
    }

    static void requireEditable(Agreement agreement) {
        if (!agreement.getStatus().textEditable()) {
            throw new UserInputException("agreement.error.frozen");
        }
    }
}
