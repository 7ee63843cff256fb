package nl.brabant.regiotafel.workspace;

import java.util.List;
import nl.brabant.regiotafel.base.NotFoundException;
import nl.brabant.regiotafel.region.RegionService;
import nl.brabant.regiotafel.region.RegionSummary;
import nl.brabant.regiotafel.security.AccessPolicy;
import nl.brabant.regiotafel.security.Action;
import nl.brabant.regiotafel.security.MemberRow;
import nl.brabant.regiotafel.security.RegionMembers;
import nl.brabant.regiotafel.security.RegionScope;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens a region's workspace for its members and the province; for anyone else it does not exist.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class WorkspaceService {

    private final RegionService regions;
    private final RegionMembers members;
    private final AccessPolicy policy;

    WorkspaceService(RegionService regions, RegionMembers members, AccessPolicy policy) {
        this.regions = regions;
        this.members = members;
        this.policy = policy;
    }

    /** The regions whose workspace the current user may open, in the evaluation's order. */
    public List<RegionSummary> visibleRegions() {
        RegionScope scope = policy.regionsWhere(Action.VIEW_REGION_WORKSPACE);
        return regions.allRegions().stream().filter(r -> scope.includes(r.id())).toList();
    }

    /**
     * The workspace of the region with this code; "not found" when it is unknown or not the user's.
     */
    public RegionWorkspace open(String regionCode) {
        RegionSummary region =
                regions.findByCode(regionCode == null ? "" : regionCode)
                        .orElseThrow(() -> new NotFoundException("region"));
        policy.requireInRegion(Action.VIEW_REGION_WORKSPACE, region.id(), "region");
        return new RegionWorkspace(region, regions.municipalityNames(region.id()));
    }

    public List<MemberRow> members(Long regionId, int offset, int limit) {
        return members.members(regionId, offset, limit);
    }

    public int countMembers(Long regionId) {
        return members.countMembers(regionId);
    }
}
