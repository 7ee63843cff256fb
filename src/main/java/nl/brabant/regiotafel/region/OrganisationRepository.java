package nl.brabant.regiotafel.region;

import java.util.Collection;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    Page<Organisation> findByNameContainingIgnoreCaseOrderByNameAsc(String name, Pageable pageable);

    long countByNameContainingIgnoreCase(String name);

    Optional<Organisation> findByName(String name);

    boolean existsByNameAndTypeIn(String name, Collection<OrganisationType> types);
}
