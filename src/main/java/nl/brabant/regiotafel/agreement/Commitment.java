package nl.brabant.regiotafel.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import nl.brabant.regiotafel.region.Theme;

/** A measurable promise inside an agreement: who, what, how much, by when, how measured. */
@Entity
@Table(name = "commitment")
class Commitment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "agreement_id", nullable = false)
    private Long agreementId;

    @Column(nullable = false, length = 1000)
    private String description;

    @Column(name = "owner_organisation_id", nullable = false)
    private Long ownerOrganisationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Theme theme;

    @Column(name = "target_value", nullable = false, precision = 14, scale = 2)
    private BigDecimal targetValue;

    @Column(nullable = false, length = 60)
    private String unit;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(nullable = false)
    private LocalDate deadline;

    @Column(nullable = false, length = 300)
    private String indicator;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    @Version private long version;

    protected Commitment() {}

    Commitment(Long agreementId, CommitmentForm form, LocalDate startsOn, Long createdBy) {
        this.agreementId = agreementId;
        this.description = form.description();
        this.ownerOrganisationId = form.ownerOrganisationId();
        this.theme = form.theme();
        this.targetValue = form.targetValue();
        this.unit = form.unit();
        this.startsOn = startsOn;
        this.deadline = form.deadline();
        this.indicator = form.indicator();
        this.createdBy = createdBy;
    }

    Long getId() {
        return id;
    }

    Long getAgreementId() {
        return agreementId;
    }

    String getDescription() {
        return description;
    }

    Long getOwnerOrganisationId() {
        return ownerOrganisationId;
    }

    Theme getTheme() {
        return theme;
    }

    BigDecimal getTargetValue() {
        return targetValue;
    }

    String getUnit() {
        return unit;
    }

    LocalDate getStartsOn() {
        return startsOn;
    }

    LocalDate getDeadline() {
        return deadline;
    }

    String getIndicator() {
        return indicator;
    }
}
