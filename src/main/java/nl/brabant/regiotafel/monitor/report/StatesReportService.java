package nl.brabant.regiotafel.monitor.report;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.brabant.regiotafel.base.UserInputException;
import nl.brabant.regiotafel.monitor.MonitorService;
import nl.brabant.regiotafel.monitor.NativeSql;
import nl.brabant.regiotafel.monitor.PolicyCount;
import nl.brabant.regiotafel.monitor.PolicyFrameworkService;
import nl.brabant.regiotafel.monitor.RegionFigures;
import nl.brabant.regiotafel.security.AccessPolicy;
import nl.brabant.regiotafel.security.Action;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The province's progress report to Provinciale Staten ("voortgangsrapportage") for a chosen
 * period: the monitor's own figures (the same queries as the dashboard, never a second count), as
 * Word and as PDF/A. The province coordinators and monitor readers make it (DESIGN.md).
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class StatesReportService {

    /** The monitor's data start with the tables of 2019; earlier periods are a typing error. */
    static final LocalDate EARLIEST = LocalDate.of(2015, 1, 1);

    private static final String TITLE = "Voortgangsrapportage arbeidsmigratie";

    private final MonitorService monitor;
    private final PolicyFrameworkService policies;
    private final ReportSections sections;
    private final EntityManager entityManager;
    private final AccessPolicy policy;
    private final Clock clock;

    StatesReportService(
            MonitorService monitor,
            PolicyFrameworkService policies,
            ReportSections sections,
            EntityManager entityManager,
            AccessPolicy policy,
            Clock clock) {
        this.monitor = monitor;
        this.policies = policies;
        this.sections = sections;
        this.entityManager = entityManager;
        this.policy = policy;
        this.clock = clock;
    }

    public boolean mayProduce() {
        return policy.may(Action.PRODUCE_STATES_REPORT, null);
    }

    /**
     * The figures from the first to the last day (both included; the last day at most today).
     *
     * @throws UserInputException when the period is empty, reversed, in the future or before 2015
     */
    public StatesReport produce(LocalDate firstDay, LocalDate lastDay) {
        policy.require(Action.PRODUCE_STATES_REPORT);
        LocalDate today = LocalDate.now(clock);
        if (firstDay == null || lastDay == null) {
            throw new UserInputException("report.error.period.missing");
        }
        if (lastDay.isBefore(firstDay)) {
            throw new UserInputException("report.error.period.reversed");
        }
        if (lastDay.isAfter(today)) {
            throw new UserInputException("report.error.period.future");
        }
        if (firstDay.isBefore(EARLIEST)) {
            throw new UserInputException("report.error.period.early");
        }
        List<RegionFigures> regions = monitor.dashboard(firstDay, lastDay.plusDays(1));
        List<PolicyCount> counts = policies.countsOn(List.of(firstDay, lastDay));
        return new StatesReport(
                firstDay,
                lastDay,
                today,
                regions,
                adoptions(regions),
                monitor.themeBalance(),
                counts.get(0),
                counts.get(1));
    }

    public byte[] word(LocalDate firstDay, LocalDate lastDay) {
        StatesReport report = produce(firstDay, lastDay);
        return ReportWord.write(
                TITLE, subtitle(report), StatesSummary.sentences(report), sections.of(report));
    }

    public byte[] pdf(LocalDate firstDay, LocalDate lastDay) {
        StatesReport report = produce(firstDay, lastDay);
        return ReportPdf.write(
                TITLE, subtitle(report), StatesSummary.sentences(report), sections.of(report));
    }

    /** "voortgangsrapportage-2025.docx", or with both days for another period. */
    public static String fileName(LocalDate firstDay, LocalDate lastDay, String extension) {
        boolean calendarYear =
                firstDay.getDayOfYear() == 1
                        && lastDay.equals(firstDay.withDayOfYear(firstDay.lengthOfYear()));
        String period =
                calendarYear ? String.valueOf(firstDay.getYear()) : firstDay + "_" + lastDay;
        return "voortgangsrapportage-" + period + "." + extension;
    }

    private static String subtitle(StatesReport report) {
        return "Aan Provinciale Staten van Noord-Brabant · periode %s tot en met %s · opgesteld op %s"
                .formatted(
                        StatesSummary.day(report.firstDay()),
                        StatesSummary.day(report.lastDay()),
                        StatesSummary.day(report.producedOn()));
    }

    /**
     * The participating municipalities of each counted agreement, with their adoption: one query.
     */
    private List<MunicipalityAdoption> adoptions(List<RegionFigures> regions) {
        List<Long> agreements =
                regions.stream().map(RegionFigures::agreementId).filter(id -> id != null).toList();
        List<MunicipalityAdoption> result = new ArrayList<>();
        if (agreements.isEmpty()) {
            return result;
        }
        for (Object[] row :
                NativeSql.rows(
                        entityManager,
                        """
                SELECT a.region_id, m.name, ad.adopted_on, ad.decision_reference
                FROM agreement a JOIN agreement_municipality am ON am.agreement_id = a.id
                JOIN municipality m ON m.id = am.municipality_id
                LEFT JOIN adoption ad ON ad.agreement_id = a.id AND ad.municipality_id = m.id
                  AND ad.named_version_id = a.frozen_version_id
                WHERE a.id IN (?1) ORDER BY a.region_id, m.name""",
                        agreements)) {
            result.add(
                    new MunicipalityAdoption(
                            ((Number) row[0]).longValue(),
                            (String) row[1],
                            row[2] == null ? null : NativeSql.localDate(row[2]),
                            (String) row[3]));
        }
        return result;
    }
}
