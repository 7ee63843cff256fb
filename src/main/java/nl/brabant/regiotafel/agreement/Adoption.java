package nl.brabant.regiotafel.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A municipality's formal adoption of a frozen version (date and decision reference). */
@Entity
@Table(name = "adoption")
class Adoption {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "agreement_id", nullable = false)
    private Long agreementId;

    @Column(name = "named_version_id", nullable = false)
    private Long namedVersionId;

    @Column(name = "municipality_id", nullable = false)
    private Long municipalityId;

    @Column(name = "adopted_on", nullable = false)
    private LocalDate adoptedOn;

    @Column(name = "decision_reference", nullable = false, length = 200)
    private String decisionReference;

    @Column(name = "recorded_by")
    private Long recordedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    protected Adoption() {}

    Adoption(
            Long agreementId,
            Long namedVersionId,
            Long municipalityId,
            LocalDate adoptedOn,
            String decisionReference,
            Long recordedBy) {
        this.agreementId = agreementId;
        this.namedVersionId = namedVersionId;
        this.municipalityId = municipalityId;
        this.adoptedOn = adoptedOn;
        this.decisionReference = decisionReference;
        this.recordedBy = recordedBy;
    }

    Long getMunicipalityId() {
        return municipalityId;
    }

    Long getNamedVersionId() {
        return namedVersionId;
    }

    LocalDate getAdoptedOn() {
        return adoptedOn;
    }

    String getDecisionReference() {
        return decisionReference;
    }

    Long getRecordedBy() {
        return recordedBy;
    }
}
