package nl.brabant.regiotafel.security;

import java.util.Collection;
import java.util.List;
import nl.brabant.regiotafel.region.Region;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MembershipRepository extends JpaRepository<Membership, Long> {

    /** The memberships that count: those of an enabled account. */
    @Query(
            "select m from Membership m left join fetch m.region where m.user.id = :userId and m.user.enabled = true")
    List<Membership> findActiveByUserId(@Param("userId") Long userId);

    @Query(
            "select m from Membership m left join fetch m.region where m.user.id = :userId order by m.role, m.region.id")
    List<Membership> findByUserId(@Param("userId") Long userId);

    @Query("select m from Membership m left join fetch m.region where m.user.id in :userIds")
    List<Membership> findByUserIdIn(@Param("userIds") Collection<Long> userIds);

    @Query(
            """
            select m from Membership m join fetch m.user u left join fetch u.organisation
            where m.region.id = :regionId and u.enabled = true
            order by m.role, u.displayName, m.id""")
    List<Membership> findMembersOfRegion(@Param("regionId") Long regionId, Pageable pageable);

    @Query(
            "select count(m) from Membership m where m.region.id = :regionId and m.user.enabled = true")
    long countMembersOfRegion(@Param("regionId") Long regionId);

    boolean existsByUserIdAndRegionAndRole(Long userId, Region region, Role role);

    boolean existsByUserIdAndRegionIsNullAndRole(Long userId, Role role);

    long countByRoleAndUserEnabledTrue(Role role);
}
