package nl.brabant.regiotafel.security;

import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who takes part in a region: readable by those who may see the region's workspace. */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class RegionMembers {

    private final MembershipRepository memberships;
    private final AccessPolicy policy;

    RegionMembers(MembershipRepository memberships, AccessPolicy policy) {
        this.memberships = memberships;
        this.policy = policy;
    }

    public List<MemberRow> members(Long regionId, int offset, int limit) {
        policy.requireInRegion(Action.VIEW_REGION_WORKSPACE, regionId, "region");
        int size = Math.max(1, limit);
        return memberships
                .findMembersOfRegion(regionId, PageRequest.of(offset / size, size))
                .stream()
                .map(
                        m ->
                                new MemberRow(
                                        m.getUser().getDisplayName(),
                                        m.getUser().getOrganisation() == null
                                                ? ""
                                                : m.getUser().getOrganisation().getName(),
                                        m.getRole()))
                .toList();
    }

    public int countMembers(Long regionId) {
        policy.requireInRegion(Action.VIEW_REGION_WORKSPACE, regionId, "region");
        return (int) memberships.countMembersOfRegion(regionId);
    }
}
