package nl.brabant.regiotafel.agreement;

import nl.brabant.regiotafel.security.OrganisationsMerging;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Commitments owned by a merged-away organisation go to the organisation that is kept. */
@Component
class CommitmentOwnersOnMerge {

    private final CommitmentRepository commitments;

    CommitmentOwnersOnMerge(CommitmentRepository commitments) {
        this.commitments = commitments;
    }

    /** Runs in the merge's transaction (a plain listener), so the merge is whole or not at all. */
    @EventListener
    void onMerge(OrganisationsMerging merge) {
        commitments.moveOwnerOrganisation(merge.removedId(), merge.keptId());
    }
}
