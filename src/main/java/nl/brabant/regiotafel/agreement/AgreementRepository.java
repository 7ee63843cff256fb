package nl.brabant.regiotafel.agreement;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AgreementRepository extends JpaRepository<Agreement, Long> {

    @Query(
            "select a from Agreement a where a.region.id = :regionId order by a.createdAt desc, a.id desc")
    List<Agreement> findByRegion(@Param("regionId") Long regionId);
}
