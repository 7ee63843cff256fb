package nl.brabant.regiotafel.agreement;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AgreementRepository extends JpaRepository<Agreement, Long> {

    @Query("select a from Agreement a where a.region.id = :regionId order by a.createdAt desc, a.id desc")
    List<Agreement> findByRegion(@Param("regionId") Long regionId);

    /** Serialises the numbering of revisions: one writer per agreement at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Agreement a where a.id = :id")
    Optional<Agreement> lockById(@Param("id") Long id);
}
