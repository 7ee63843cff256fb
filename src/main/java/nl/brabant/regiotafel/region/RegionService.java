package nl.brabant.regiotafel.region;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reference data: the seven regions, their municipalities and the organisations. Who may see a
 * region's workspace is decided by the workspace feature; this service only answers lookups for
 * signed-in users and the application itself.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class RegionService {

    private final RegionRepository regions;
    private final MunicipalityRepository municipalities;
    private final OrganisationRepository organisations;

    RegionService(
            RegionRepository regions,
            MunicipalityRepository municipalities,
            OrganisationRepository organisations) {
        this.regions = regions;
        this.municipalities = municipalities;
        this.organisations = organisations;
    }

    public List<RegionSummary> allRegions() {
        return regions.findAllByOrderByIdAsc().stream().map(RegionSummary::of).toList();
    }

    public Optional<RegionSummary> findByCode(String code) {
        return regions.findByCode(code).map(RegionSummary::of);
    }

    public Optional<RegionSummary> findById(Long id) {
        return regions.findById(id).map(RegionSummary::of);
    }

    /** The region's municipalities as id → name, in alphabetical order. */
    public Map<Long, String> municipalities(Long regionId) {
        Map<Long, String> result = new LinkedHashMap<>();
        municipalities
                .findByRegionIdOrderByNameAsc(regionId)
                .forEach(m -> result.put(m.getId(), m.getName()));
        return result;
    }

    public List<String> municipalityNames(Long regionId) {
        return municipalities.findByRegionIdOrderByNameAsc(regionId).stream()
                .map(Municipality::getName)
                .toList();
    }

    public List<OrganisationSummary> findOrganisations(String filter, int offset, int limit) {
        int size = Math.max(1, limit);
        return organisations
                .findByNameContainingIgnoreCaseOrderByNameAsc(
                        filter == null ? "" : filter, PageRequest.of(offset / size, size))
                .map(OrganisationSummary::of)
                .toList();
    }

    public Optional<OrganisationSummary> findOrganisation(Long id) {
        return id == null
                ? Optional.empty()
                : organisations.findById(id).map(OrganisationSummary::of);
    }

    public int countOrganisations(String filter) {
        return (int) organisations.countByNameContainingIgnoreCase(filter == null ? "" : filter);
    }

    /**
     * Is this the name of a municipality or the province, a public body whose people's names may
     * appear in public (Woo) versions? Unknown names are not.
     */
    public boolean isPublicBody(String organisationName) {
        return organisationName != null
                && organisations.existsByNameAndTypeIn(
                        organisationName.strip(),
                        EnumSet.of(OrganisationType.MUNICIPALITY, OrganisationType.PROVINCE));
    }
}
