package nl.brabant.regiotafel.agreement;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ArticleRepository extends JpaRepository<Article, Long> {

    @Query(
            "select a from Article a where a.agreementId = :agreementId and a.deleted = false order by a.position, a.id")
    List<Article> findCurrent(@Param("agreementId") Long agreementId);

    @Query("select a from Article a where a.agreementId = :agreementId order by a.position, a.id")
    List<Article> findAllOf(@Param("agreementId") Long agreementId);
}
