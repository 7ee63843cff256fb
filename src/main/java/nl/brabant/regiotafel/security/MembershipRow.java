package nl.brabant.regiotafel.security;

/** One membership: a role in a region (regionCode null = all regions). */
public record MembershipRow(
        long id, Role role, Long regionId, String regionCode, String regionName) {

    static MembershipRow of(Membership membership) {
        var region = membership.getRegion();
        return new MembershipRow(
                membership.getId(),
                membership.getRole(),
                region == null ? null : region.getId(),
                region == null ? null : region.getCode(),
                region == null ? null : region.getName());
    }
}
