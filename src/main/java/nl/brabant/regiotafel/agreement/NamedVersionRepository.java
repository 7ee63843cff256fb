package nl.brabant.regiotafel.agreement;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface NamedVersionRepository extends JpaRepository<NamedVersion, Long> {

    List<NamedVersion> findByAgreementIdOrderByRevisionNumberDescIdDesc(Long agreementId);
}
