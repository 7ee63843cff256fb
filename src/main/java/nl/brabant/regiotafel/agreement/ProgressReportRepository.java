package nl.brabant.regiotafel.agreement;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProgressReportRepository extends JpaRepository<ProgressReport, Long> {

    List<ProgressReport> findByCommitmentIdInOrderByReportedOnAscIdAsc(
            Collection<Long> commitmentIds);
}
