package nl.brabant.regiotafel.security;

import java.util.List;

/** Where a user may do an action: every region, or the listed region ids (possibly none). */
public record RegionScope(boolean everyRegion, List<Long> regionIds) {

    public static final RegionScope NONE = new RegionScope(false, List.of());
    public static final RegionScope EVERY_REGION = new RegionScope(true, List.of());

    static RegionScope of(List<Long> regionIds) {
        return regionIds.isEmpty() ? NONE : new RegionScope(false, List.copyOf(regionIds));
    }

    public boolean includes(Long regionId) {
        return everyRegion || regionIds.contains(regionId);
    }
}
