package nl.brabant.regiotafel.region;

import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The regions and their municipalities as public reference data, for the public (Woo) site, which
 * nobody signs in to. Only names, codes and CBS codes: nothing a region works on.
 */
@Service
@PreAuthorize("permitAll()")
@Transactional(readOnly = true)
public class PublicRegionDirectory {

    /** A municipality with its CBS code (GMxxxx), null where no official list gave one. */
    public record PublicMunicipality(String name, String cbsCode) {}

    private final RegionRepository regions;
    private final MunicipalityRepository municipalities;

    PublicRegionDirectory(RegionRepository regions, MunicipalityRepository municipalities) {
        this.regions = regions;
        this.municipalities = municipalities;
    }

    public List<RegionSummary> regions() {
        return regions.findAllByOrderByIdAsc().stream().map(RegionSummary::of).toList();
    }

    public Optional<RegionSummary> region(String code) {
        return regions.findByCode(code).map(RegionSummary::of);
    }

    public List<PublicMunicipality> municipalities(long regionId) {
        return municipalities.findByRegionIdOrderByNameAsc(regionId).stream()
                .map(m -> new PublicMunicipality(m.getName(), m.getCbsCode()))
                .toList();
    }
}
