package nl.brabant.regiotafel.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** The owner's report of where a commitment stands: the value reached on a date. */
@Entity
@Table(name = "progress_report")
class ProgressReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "commitment_id", nullable = false)
    private Long commitmentId;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal value;

    @Column(name = "reported_on", nullable = false)
    private LocalDate reportedOn;

    @Column(length = 1000)
    private String remark;

    @Column(name = "reported_by")
    private Long reportedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    protected ProgressReport() {}

    ProgressReport(
            Long commitmentId,
            BigDecimal value,
            LocalDate reportedOn,
            String remark,
            Long reportedBy) {
        this.commitmentId = commitmentId;
        this.value = value;
        this.reportedOn = reportedOn;
        this.remark = remark;
        this.reportedBy = reportedBy;
    }

    Long getCommitmentId() {
        return commitmentId;
    }

    BigDecimal getValue() {
        return value;
    }

    LocalDate getReportedOn() {
        return reportedOn;
    }

    String getRemark() {
        return remark;
    }
}
