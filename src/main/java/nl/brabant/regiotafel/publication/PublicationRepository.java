package nl.brabant.regiotafel.publication;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PublicationRepository extends JpaRepository<Publication, Long> {

    /** Everything ever published of one meeting or agreement, newest first (withdrawn too). */
    @Query(
            "select p from Publication p where p.kind in :kinds and p.sourceId = :sourceId"
                    + " order by p.publishedAt desc, p.id desc")
    List<Publication> findBySource(
            @Param("kinds") List<PublicationKind> kinds, @Param("sourceId") long sourceId);

    /** The public site: only what is published and not withdrawn. */
    @Query("select p from Publication p where p.publicId = :publicId and p.withdrawnAt is null")
    Optional<Publication> findPublic(@Param("publicId") String publicId);

    @Query(
            "select new nl.brabant.regiotafel.publication.PublishedItem(p.publicId, p.regionCode,"
                    + " p.regionName, p.kind, p.title, p.documentDate, p.publishedAt, p.organisations,"
                    + " p.fileName) from Publication p where p.regionCode = :code and p.withdrawnAt is null"
                    + " order by p.documentDate desc, p.id desc")
    List<PublishedItem> findPublicInRegion(@Param("code") String regionCode);

    @Query(
            "select new nl.brabant.regiotafel.publication.PublishedItem(p.publicId, p.regionCode,"
                    + " p.regionName, p.kind, p.title, p.documentDate, p.publishedAt, p.organisations,"
                    + " p.fileName) from Publication p where p.withdrawnAt is null"
                    + " order by p.documentDate desc, p.id desc")
    List<PublishedItem> findAllPublic();
}
