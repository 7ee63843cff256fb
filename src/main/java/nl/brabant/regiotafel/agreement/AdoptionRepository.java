package nl.brabant.regiotafel.agreement;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AdoptionRepository extends JpaRepository<Adoption, Long> {

    List<Adoption> findByAgreementIdAndNamedVersionId(Long agreementId, Long namedVersionId);
}
