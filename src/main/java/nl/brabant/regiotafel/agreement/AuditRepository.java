package nl.brabant.regiotafel.agreement;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface AuditRepository extends JpaRepository<AuditEntry, Long> {

    List<AuditEntry> findByAgreementIdOrderByCreatedAtDescIdDesc(
            Long agreementId, Pageable pageable);
}
