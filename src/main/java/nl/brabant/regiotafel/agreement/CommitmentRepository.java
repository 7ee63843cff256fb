package nl.brabant.regiotafel.agreement;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CommitmentRepository extends JpaRepository<Commitment, Long> {

    List<Commitment> findByAgreementIdOrderByDeadlineAscIdAsc(Long agreementId);

    /** An organisation merge: a bulk update, in the merge's transaction. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(
            "update Commitment x set x.ownerOrganisationId = :kept where x.ownerOrganisationId = :removed")
    int moveOwnerOrganisation(@Param("removed") long removedId, @Param("kept") long keptId);
}
