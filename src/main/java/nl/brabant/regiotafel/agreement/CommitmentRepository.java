package nl.brabant.regiotafel.agreement;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CommitmentRepository extends JpaRepository<Commitment, Long> {

    List<Commitment> findByAgreementIdOrderByDeadlineAscIdAsc(Long agreementId);
}
