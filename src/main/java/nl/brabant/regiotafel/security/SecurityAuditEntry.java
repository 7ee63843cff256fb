package nl.brabant.regiotafel.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.brabant.regiotafel.base.TextInput;

/** Who changed which organisation or account, and when. Append-only; never holds a secret. */
@Entity
@Table(name = "security_audit")
class SecurityAuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(nullable = false, length = 40)
    private String action;

    @Column(name = "subject_type", nullable = false, length = 20)
    private String subjectType;

    @Column(name = "subject_id")
    private Long subjectId;

    @Column(length = 1000)
    private String detail;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SecurityAuditEntry() {}

    SecurityAuditEntry(
            Long actorId,
            SecurityAuditAction action,
            SecurityAuditAction.Subject subject,
            Long subjectId,
            String detail,
            Instant createdAt) {
        this.actorId = actorId;
        this.action = action.name();
        this.subjectType = subject.name();
        this.subjectId = subjectId;
        this.detail = detail == null ? null : TextInput.shorten(detail, 1000);
        this.createdAt = createdAt;
    }
}
