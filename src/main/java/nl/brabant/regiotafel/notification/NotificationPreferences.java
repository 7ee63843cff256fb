package nl.brabant.regiotafel.notification;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stored choices of {@link Delivery} per person and kind. A missing row is IMMEDIATE, so a new
 * kind or a new person needs no row. Services check who may change which choice; this does not.
 */
@Component
@Transactional
public class NotificationPreferences {

    private final JdbcClient jdbc;

    NotificationPreferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The person's choice for this kind. */
    @Transactional(readOnly = true)
    public Delivery of(long userId, NotificationKind kind) {
        return jdbc.sql(
                        "SELECT delivery FROM notification_preference WHERE user_id = ? AND kind = ?")
                .params(userId, kind.name())
                .query(String.class)
                .optional()
                .map(Delivery::valueOf)
                .orElse(Delivery.IMMEDIATE);
    }

    /** The choices of these people for one kind; everyone is in the map. */
    @Transactional(readOnly = true)
    Map<Long, Delivery> of(Collection<Long> userIds, NotificationKind kind) {
        Map<Long, Delivery> result = new HashMap<>();
        userIds.forEach(id -> result.put(id, Delivery.IMMEDIATE));
        if (userIds.isEmpty()) {
            return result;
        }
        jdbc.sql(
                        "SELECT user_id, delivery FROM notification_preference WHERE kind = :kind"
                                + " AND user_id IN (:ids)")
                .param("kind", kind.name())
                .param("ids", userIds)
                .query((rs, n) -> result.put(rs.getLong(1), Delivery.valueOf(rs.getString(2))))
                .list();
        return result;
    }

    /** Every kind with the person's choice, in the kinds' order. */
    @Transactional(readOnly = true)
    Map<NotificationKind, Delivery> all(long userId) {
        Map<NotificationKind, Delivery> result = new EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.values()) {
            result.put(kind, Delivery.IMMEDIATE);
        }
        jdbc.sql("SELECT kind, delivery FROM notification_preference WHERE user_id = ?")
                .param(userId)
                .query(
                        (rs, n) -> {
                            try {
                                return result.put(
                                        NotificationKind.valueOf(rs.getString(1)),
                                        Delivery.valueOf(rs.getString(2)));
                            } catch (IllegalArgumentException retiredKind) {
                                return null;
                            }
                        })
                .list();
        return result;
    }

    void set(long userId, NotificationKind kind, Delivery delivery) {
        jdbc.sql(
                        "INSERT INTO notification_preference (user_id, kind, delivery) VALUES (?, ?,"
                                + " ?) ON DUPLICATE KEY UPDATE delivery = VALUES(delivery)")
                .params(userId, kind.name(), delivery.name())
                .update();
    }
}
