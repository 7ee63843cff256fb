package nl.brabant.regiotafel.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ActionItemRepository extends JpaRepository<ActionItem, Long> {

    List<ActionItem> findByMeetingIdOrderByIdAsc(Long meetingId);

    /**
     * Still-open items of the region's earlier meetings: the follow-up block of the next agenda.
     */
    @Query(
            """
            select a from ActionItem a, Meeting m
            where a.meetingId = m.id and a.regionId = :regionId and m.startsAt < :before
              and a.status in :open
            order by a.dueDate, a.id""")
    List<ActionItem> findOpenFromEarlierMeetings(
            @Param("regionId") Long regionId,
            @Param("before") Instant before,
            @Param("open") Collection<ActionItemStatus> open);

    @Query(
            """
            select a from ActionItem a
            where a.regionId = :regionId and a.status in :statuses and (:overdueBefore is null or a.dueDate < :overdueBefore)
            order by a.dueDate, a.id""")
    List<ActionItem> findInRegion(
            @Param("regionId") Long regionId,
            @Param("statuses") Collection<ActionItemStatus> statuses,
            @Param("overdueBefore") LocalDate overdueBefore,
            Pageable pageable);

    @Query(
            """
            select a from ActionItem a
            where (a.ownerUserId = :userId or (:organisationId is not null and a.ownerOrganisationId = :organisationId))
              and a.regionId in :regionIds
            order by case when a.status in ('OPEN', 'IN_PROGRESS') then 0 else 1 end, a.dueDate, a.id""")
    List<ActionItem> findOwnedBy(
            @Param("userId") Long userId,
            @Param("organisationId") Long organisationId,
            @Param("regionIds") Collection<Long> regionIds,
            Pageable pageable);

    @Query(
            """
            select count(a) from ActionItem a
            where (a.ownerUserId = :userId or (:organisationId is not null and a.ownerOrganisationId = :organisationId))
              and a.regionId in :regionIds""")
    long countOwnedBy(
            @Param("userId") Long userId,
            @Param("organisationId") Long organisationId,
            @Param("regionIds") Collection<Long> regionIds);

    /** An organisation merge: a bulk update, in the merge's transaction. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(
            "update ActionItem x set x.ownerOrganisationId = :kept where x.ownerOrganisationId = :removed")
    int moveOwnerOrganisation(@Param("removed") long removedId, @Param("kept") long keptId);
}
