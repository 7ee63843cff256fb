package nl.brabant.regiotafel.agreement;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.brabant.regiotafel.base.NotFoundException;
import nl.brabant.regiotafel.base.UserInputException;
import nl.brabant.regiotafel.region.OrganisationSummary;
import nl.brabant.regiotafel.region.RegionService;
import nl.brabant.regiotafel.security.AccessPolicy;
import nl.brabant.regiotafel.security.Action;
import nl.brabant.regiotafel.security.PeopleDirectory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Measurable commitments (toezeggingen) and their owners' progress reports. */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class CommitmentService {

    private final CommitmentRepository commitments;
    private final ProgressReportRepository reports;
    private final AgreementAccess access;
    private final AccessPolicy policy;
    private final PeopleDirectory people;
    private final RegionService regions;
    private final AuditLog audit;
    private final Clock clock;
    private final AgreementEvents events;

    CommitmentService(
            CommitmentRepository commitments,
            ProgressReportRepository reports,
            AgreementAccess access,
            AccessPolicy policy,
            PeopleDirectory people,
            RegionService regions,
            AuditLog audit,
            Clock clock,
            AgreementEvents events) {
        this.events = events;
        this.commitments = commitments;
        this.reports = reports;
        this.access = access;
        this.policy = policy;
        this.people = people;
        this.regions = regions;
        this.audit = audit;
        this.clock = clock;
    }

    public long add(long agreementId, CommitmentForm form) {
        Agreement agreement = access.lockedFor(agreementId, Action.EDIT_AGREEMENT);
        AgreementAccess.requireEditable(agreement);
        String description =
                AgreementRules.requiredLine(
                        form.description(), 1000, "commitment.error.description");
        if (form.ownerOrganisationId() == null
                || regions.findOrganisation(form.ownerOrganisationId()).isEmpty()) {
            throw new UserInputException("commitment.error.owner");
        }
        if (form.theme() == null) {
            throw new UserInputException("commitment.error.theme");
        }
        if (form.targetValue() == null
                || form.targetValue().signum() <= 0
                || form.targetValue().compareTo(new BigDecimal("1000000000")) > 0) {
            throw new UserInputException("commitment.error.target");
        }
        String unit = AgreementRules.requiredLine(form.unit(), 60, "commitment.error.unit");
        String indicator =
                AgreementRules.requiredLine(form.indicator(), 300, "commitment.error.indicator");
        LocalDate today = LocalDate.now(clock);
        if (form.deadline() == null || form.deadline().isBefore(today)) {
            throw new UserInputException("commitment.error.deadline");
        }
        Commitment saved =
                commitments.save(
                        new Commitment(
                                agreementId,
                                new CommitmentForm(
                                        description,
                                        form.ownerOrganisationId(),
                                        form.theme(),
                                        form.targetValue(),
                                        unit,
                                        form.deadline(),
                                        indicator),
                                today,
                                people.me().id()));
        audit.record(agreement, AuditAction.COMMITMENT_ADDED, description);
        events.publish(
                new AgreementEvent.CommitmentsChanged(agreementId, saved.getId(), events.by()));
        return saved.getId();
    }

    /** The owner organisation's people report; region members and the province may too. */
    public void report(long commitmentId, BigDecimal value, LocalDate reportedOn, String remark) {
        Commitment commitment =
                commitments
                        .findById(commitmentId)
                        .orElseThrow(() -> new NotFoundException("commitment"));
        Agreement agreement = access.readable(commitment.getAgreementId());
        policy.requireAction(
                Action.REPORT_COMMITMENT_PROGRESS, agreement.getRegion().getId(), owns(commitment));
        if (value == null || value.signum() < 0) {
            throw new UserInputException("commitment.error.value");
        }
        if (reportedOn == null || reportedOn.isAfter(LocalDate.now(clock))) {
            throw new UserInputException("commitment.error.reportDate");
        }
        String cleanRemark = AgreementRules.optionalLine(remark, 1000, "commitment.error.remark");
        reports.save(
                new ProgressReport(commitmentId, value, reportedOn, cleanRemark, people.me().id()));
        audit.record(
                agreement,
                AuditAction.PROGRESS_REPORTED,
                commitment.getDescription() + ": " + value.toPlainString());
        events.publish(
                new AgreementEvent.CommitmentsChanged(
                        agreement.getId(), commitmentId, events.by()));
    }

    @Transactional(readOnly = true)
    public List<CommitmentRow> of(long agreementId) {
        Agreement agreement = access.readable(agreementId);
        List<Commitment> all = commitments.findByAgreementIdOrderByDeadlineAscIdAsc(agreementId);
        if (all.isEmpty()) {
            return List.of();
        }
        Map<Long, ProgressReport> latest =
                reports
                        .findByCommitmentIdInOrderByReportedOnAscIdAsc(
                                all.stream().map(Commitment::getId).toList())
                        .stream()
                        .collect(
                                Collectors.toMap(
                                        ProgressReport::getCommitmentId, r -> r, (a, b) -> b));
        LocalDate today = LocalDate.now(clock);
        return all.stream()
                .map(
                        c -> {
                            ProgressReport last = latest.get(c.getId());
                            BigDecimal reached = last == null ? BigDecimal.ZERO : last.getValue();
                            return new CommitmentRow(
                                    c.getId(),
                                    c.getDescription(),
                                    c.getOwnerOrganisationId(),
                                    regions.findOrganisation(c.getOwnerOrganisationId())
                                            .map(OrganisationSummary::name)
                                            .orElse(""),
                                    c.getTheme(),
                                    c.getTargetValue(),
                                    c.getUnit(),
                                    c.getDeadline(),
                                    c.getIndicator(),
                                    reached,
                                    last == null ? null : last.getReportedOn(),
                                    CommitmentStatusRule.status(
                                            c.getTargetValue(),
                                            reached,
                                            c.getStartsOn(),
                                            c.getDeadline(),
                                            today),
                                    policy.may(
                                            Action.REPORT_COMMITMENT_PROGRESS,
                                            agreement.getRegion().getId(),
                                            owns(c)));
                        })
                .sorted(Comparator.comparing(CommitmentRow::deadline))
                .toList();
    }

    private boolean owns(Commitment commitment) {
        Long mine = people.me().organisationId();
        return mine != null && mine.equals(commitment.getOwnerOrganisationId());
    }
}
