package nl.brabant.regiotafel.region;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers an organisation that is not known yet, for a feature that already decided the person
 * may (an invitation names the invitee's organisation, chosen or new). A name that exists, in any
 * case, is that organisation: no second one is made.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class NewOrganisations {

    private final OrganisationRepository organisations;
    private final EntityManager entityManager;

    NewOrganisations(OrganisationRepository organisations, EntityManager entityManager) {
        this.organisations = organisations;
        this.entityManager = entityManager;
    }

    /** The existing organisation of this name, or a new one of this type in this region. */
    public OrganisationSummary findOrCreate(String name, OrganisationType type, Long regionId) {
        Optional<Organisation> existing = organisations.findByName(name);
        if (existing.isPresent()) {
            return OrganisationSummary.of(existing.get());
        }
        Region region = regionId == null ? null : entityManager.find(Region.class, regionId);
        return OrganisationSummary.of(organisations.save(new Organisation(name, type, region)));
    }
}
