package nl.brabant.regiotafel.agreement;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CommentRepository extends JpaRepository<AgreementComment, Long> {

    List<AgreementComment> findByAgreementIdOrderByCreatedAtAscIdAsc(Long agreementId);
}
