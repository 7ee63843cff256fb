package nl.brabant.regiotafel.meeting;

import nl.brabant.regiotafel.security.OrganisationsMerging;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Action items owned by a merged-away organisation go to the organisation that is kept. */
@Component
class ActionItemOwnersOnMerge {

    private final ActionItemRepository items;

    ActionItemOwnersOnMerge(ActionItemRepository items) {
        this.items = items;
    }

    /** Runs in the merge's transaction (a plain listener), so the merge is whole or not at all. */
    @EventListener
    void onMerge(OrganisationsMerging merge) {
        items.moveOwnerOrganisation(merge.removedId(), merge.keptId());
    }
}
