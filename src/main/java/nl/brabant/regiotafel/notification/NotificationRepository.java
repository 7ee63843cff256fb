package nl.brabant.regiotafel.notification;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
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
}
