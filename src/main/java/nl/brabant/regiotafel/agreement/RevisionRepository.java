package nl.brabant.regiotafel.agreement;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RevisionRepository extends JpaRepository<Revision, Long> {

    /** Each article's last applied revision up to a number: the document as it stood then. */
    @Query(
            """
            select r from Revision r
            where r.agreementId = :agreementId and r.applied = true and r.number = (
                select max(r2.number) from Revision r2
                where r2.articleId = r.articleId and r2.applied = true and r2.number <= :upTo)
            order by r.position, r.articleId""")
    List<Revision> stateAt(@Param("agreementId") Long agreementId, @Param("upTo") long upTo);

    @Query(
            """
            select r from Revision r where r.agreementId = :agreementId
              and (:articleId is null or r.articleId = :articleId)
              and (:authorId is null or r.authorId = :authorId)
            order by r.number desc""")
    List<Revision> history(
            @Param("agreementId") Long agreementId,
            @Param("articleId") Long articleId,
            @Param("authorId") Long authorId,
            Pageable pageable);

    @Query("select r from Revision r where r.agreementId = :agreementId and r.number = :number")
    Optional<Revision> findByNumber(
            @Param("agreementId") Long agreementId, @Param("number") long number);
}
