package nl.brabant.regiotafel.region;

/** An organisation as pickers and lists show it. */
public record OrganisationSummary(
        Long id, String name, OrganisationType type, Long municipalityId) {

    static OrganisationSummary of(Organisation organisation) {
        return new OrganisationSummary(
                organisation.getId(),
                organisation.getName(),
                organisation.getType(),
                organisation.getMunicipality() == null
                        ? null
                        : organisation.getMunicipality().getId());
    }
}
