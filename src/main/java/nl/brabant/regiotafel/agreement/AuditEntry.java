package nl.brabant.regiotafel.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.brabant.regiotafel.base.TextInput;

/** Who changed what in an agreement, and when. Append-only. */
@Entity
@Table(name = "audit_entry")
class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "region_id", nullable = false)
    private Long regionId;

    @Column(name = "agreement_id")
    private Long agreementId;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(nullable = false, length = 40)
    private String action;

    @Column(length = 1000)
    private String detail;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    protected AuditEntry() {}

    AuditEntry(Long regionId, Long agreementId, Long actorId, String action, String detail) {
        this.regionId = regionId;
        this.agreementId = agreementId;
        this.actorId = actorId;
        this.action = action;
        this.detail = TextInput.shorten(detail, 1000);
    }

    Long getActorId() {
        return actorId;
    }

    String getAction() {
        return action;
    }

    String getDetail() {
        return detail;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
