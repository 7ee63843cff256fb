package nl.brabant.regiotafel.security;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface InvitationRepository extends JpaRepository<Invitation, Long> {

    @Query(
            "select i from Invitation i where i.status = 'PENDING' and i.regionId = :region"
                    + " order by i.sentAt desc, i.id desc")
    List<Invitation> pendingIn(@Param("region") Long regionId, Pageable page);

    @Query("select count(i) from Invitation i where i.status = 'PENDING' and i.regionId = :region")
    long countPendingIn(@Param("region") Long regionId);

    @Query(
            "select i from Invitation i where i.status = 'PENDING' and lower(i.email) = lower(:email)"
                    + " and i.expiresAt > :now order by i.sentAt desc")
    List<Invitation> openFor(@Param("email") String email, @Param("now") Instant now);
}
