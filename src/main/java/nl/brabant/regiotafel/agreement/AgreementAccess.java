package nl.brabant.regiotafel.agreement;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
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
    private final EntityManager entityManager;

    AgreementAccess(
            AgreementRepository agreements, AccessPolicy policy, EntityManager entityManager) {
        this.agreements = agreements;
        this.policy = policy;
        this.entityManager = entityManager;
    }

    boolean mayRead(Agreement agreement) {
        Long region = agreement.getRegion().getId();
        return policy.may(Action.READ_AGREEMENT_DRAFT, region)
                || (agreement.getStatus().publicForStakeholders()
                        && policy.may(Action.READ_AGREEMENT, region));
    }

    Agreement readable(long agreementId) {
        Agreement agreement =
                agreements
                        .findById(agreementId)
                        .orElseThrow(() -> new NotFoundException("agreement"));
        if (!mayRead(agreement)) {
            throw new NotFoundException("agreement");
        }
        return agreement;
    }

    /** For writes: readable, allowed, and locked so revision numbers never collide. */
    Agreement lockedFor(long agreementId, Action action) {
        Agreement agreement = readable(agreementId);
        // Lock and reload the copy already read: a separate locking query would return the row as
        // another writer just committed it, and Hibernate refuses a second, newer version of an
        // entity it holds (found by the load test: two aldermen saving different articles at once).
        // Changes this transaction made (a new agreement, an earlier article) are written first, so
        // the reload keeps them.
        entityManager.flush();
        entityManager.refresh(agreement, LockModeType.PESSIMISTIC_WRITE);
        if (!mayRead(agreement)) {
            throw new NotFoundException("agreement");
        }
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

    /**
     * Region members and the province comment until superseded; stakeholders only in consultation.
     */
    boolean mayComment(Agreement agreement) {
        return (may(Action.COMMENT_AGREEMENT, agreement)
                        && agreement.getStatus() != AgreementStatus.SUPERSEDED)
                || (agreement.getStatus() == AgreementStatus.CONSULTATION
                        && may(Action.COMMENT_AGREEMENT_IN_CONSULTATION, agreement));
    }

    static void requireEditable(Agreement agreement) {
        if (!agreement.getStatus().textEditable()) {
            throw new UserInputException("agreement.error.frozen");
        }
    }
}
