package nl.brabant.regiotafel.region;

/** A region as lists and navigation show it. */
public record RegionSummary(Long id, String code, String name) {

    static RegionSummary of(Region region) {
        return new RegionSummary(region.getId(), region.getCode(), region.getName());
    }
}
