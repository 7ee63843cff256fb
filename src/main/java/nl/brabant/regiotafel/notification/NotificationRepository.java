package nl.brabant.regiotafel.notification;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    @Query(
            "select n from Notification n where n.userId = :userId order by n.createdAt desc, n.id desc")
    List<Notification> findForUser(@Param("userId") Long userId, Pageable pageable);

    long countByUserId(Long userId);

    long countByUserIdAndReadAtIsNull(Long userId);

    @Modifying
    @Query(
            "update Notification n set n.readAt = CURRENT_TIMESTAMP where n.userId = :userId and n.readAt is null")
    int markAllRead(@Param("userId") Long userId);

    /** Who has notifications waiting for a digest that is due. */
    @Query(
            "select distinct n.userId from Notification n where n.digestedAt is null and ((n.digest"
                    + " = :daily and n.createdAt < :dailyBefore) or (n.digest = :weekly and"
                    + " n.createdAt < :weeklyBefore))")
    List<Long> usersWithDueDigest(
            @Param("daily") Delivery daily,
            @Param("dailyBefore") Instant dailyBefore,
            @Param("weekly") Delivery weekly,
            @Param("weeklyBefore") Instant weeklyBefore);

    /**
     * A person's notifications for the due digest, locked so that two runs cannot both take them.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query(
            "select n from Notification n where n.userId = :userId and n.digestedAt is null and"
                    + " ((n.digest = :daily and n.createdAt < :dailyBefore) or (n.digest = :weekly"
                    + " and n.createdAt < :weeklyBefore)) order by n.createdAt desc, n.id desc")
    List<Notification> dueForDigest(
            @Param("userId") Long userId,
            @Param("daily") Delivery daily,
            @Param("dailyBefore") Instant dailyBefore,
            @Param("weekly") Delivery weekly,
            @Param("weeklyBefore") Instant weeklyBefore);
}
