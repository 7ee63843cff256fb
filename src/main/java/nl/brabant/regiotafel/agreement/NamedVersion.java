package nl.brabant.regiotafel.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A name for the whole document as it stood at one revision number ("Concept 0.3"). */
@Entity
@Table(name = "named_version")
class NamedVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "agreement_id", nullable = false)
    private Long agreementId;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "revision_number", nullable = false)
    private long revisionNumber;

    @Column(nullable = false)
    private boolean frozen;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    protected NamedVersion() {}

    NamedVersion(
            Long agreementId, String name, long revisionNumber, boolean frozen, Long createdBy) {
        this.agreementId = agreementId;
        this.name = name;
        this.revisionNumber = revisionNumber;
        this.frozen = frozen;
        this.createdBy = createdBy;
    }

    Long getId() {
        return id;
    }

    Long getAgreementId() {
        return agreementId;
    }

    String getName() {
        return name;
    }

    long getRevisionNumber() {
        return revisionNumber;
    }

    boolean isFrozen() {
        return frozen;
    }

    Long getCreatedBy() {
        return createdBy;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
