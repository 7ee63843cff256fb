package nl.brabant.regiotafel.meeting;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MeetingRepository extends JpaRepository<Meeting, Long> {

    @Query(
            "select m from Meeting m where m.region.id = :regionId and m.endsAt >= :now order by m.startsAt asc, m.id asc")
    List<Meeting> findUpcoming(
            @Param("regionId") Long regionId, @Param("now") Instant now, Pageable pageable);

    @Query("select count(m) from Meeting m where m.region.id = :regionId and m.endsAt >= :now")
    long countUpcoming(@Param("regionId") Long regionId, @Param("now") Instant now);

    @Query(
            "select m from Meeting m where m.region.id = :regionId and m.endsAt < :now order by m.startsAt desc, m.id desc")
    List<Meeting> findPast(
            @Param("regionId") Long regionId, @Param("now") Instant now, Pageable pageable);

    @Query("select count(m) from Meeting m where m.region.id = :regionId and m.endsAt < :now")
    long countPast(@Param("regionId") Long regionId, @Param("now") Instant now);

    /**
     * The meetings of a calendar feed: those of the regions (or all) that end after {@code since}.
     */
    @Query(
            "select m from Meeting m join fetch m.region where (:every = true or m.region.id in :regions)"
                    + " and m.endsAt >= :since order by m.startsAt asc, m.id asc")
    List<Meeting> findForFeed(
            @Param("every") boolean every,
            @Param("regions") Collection<Long> regions,
            @Param("since") Instant since,
            Pageable pageable);
}
