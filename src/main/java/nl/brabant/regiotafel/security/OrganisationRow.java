package nl.brabant.regiotafel.security;

import nl.brabant.regiotafel.region.OrganisationType;

/**
 * An organisation as the administration list shows it; {@code municipality} is set for the
 * organisation of a municipality.
 */
public record OrganisationRow(
        long id, String name, OrganisationType type, String municipality, long accounts) {

    /** The organisation of a municipality: never merged away, its type stays MUNICIPALITY. */
    public boolean ofMunicipality() {
        return municipality != null;
    }
}
