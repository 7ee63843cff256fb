package nl.brabant.regiotafel.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.brabant.regiotafel.base.TextInput;

@Entity
@Table(name = "notification")
class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false)
    private Long userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private NotificationKind kind;

    /**
     * The object the notification is about, e.g. the meeting title; shown after the kind's text.
     */
    @Column(nullable = false, length = 300)
    private String subject;

    @Column(length = 300)
    private String link;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    @Column(name = "read_at")
    private Instant readAt;

    @Column(name = "region_name", length = 200)
    private String regionName;

    /** DAILY or WEEKLY while it waits for a digest; null when it is not for a digest. */
    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Delivery digest;

    @Column(name = "digested_at")
    private Instant digestedAt;

    protected Notification() {}

    Notification(
            Long userId,
            NotificationKind kind,
            String subject,
            String link,
            String regionName,
            Delivery delivery) {
        this.userId = userId;
        this.kind = kind;
        this.subject = TextInput.shorten(subject, 300);
        this.link = link;
        this.regionName = regionName == null ? null : TextInput.shorten(regionName, 200);
        this.digest = delivery != null && delivery.isDigest() ? delivery : null;
    }

    Long getId() {
        return id;
    }

    Long getUserId() {
        return userId;
    }

    NotificationKind getKind() {
        return kind;
    }

    String getSubject() {
        return subject;
    }

    String getLink() {
        return link;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getReadAt() {
        return readAt;
    }

    String getRegionName() {
        return regionName;
    }

    /** Taken into a digest (or skipped for good, for an account that is gone). */
    void markDigested(Instant at) {
        digestedAt = at;
    }

    void markRead() {
        if (readAt == null) {
            readAt = Instant.now();
        }
    }
}
