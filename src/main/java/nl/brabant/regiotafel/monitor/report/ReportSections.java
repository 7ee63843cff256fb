package nl.brabant.regiotafel.monitor.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import nl.brabant.regiotafel.base.format.DateFormats;
import nl.brabant.regiotafel.monitor.PolicyStatus;
import nl.brabant.regiotafel.monitor.RegionFigures;
import nl.brabant.regiotafel.monitor.ThemeCount;
import nl.brabant.regiotafel.monitor.chart.MonitorCharts;
import nl.brabant.regiotafel.region.Theme;
import org.springframework.stereotype.Component;

/**
 * Turns a report's figures into its sections, in Dutch (a report to Provinciale Staten is Dutch
 * whatever language its maker reads the application in). The labels are the application's own Dutch
 * words for statuses and themes.
 */
@Component
class ReportSections {

    private final MonitorCharts charts;

    ReportSections(MonitorCharts charts) {
        this.charts = charts;
    }

    List<ReportSection> of(StatesReport report) {
        ResourceBundle texts =
                ResourceBundle.getBundle("vaadin-i18n.translations", DateFormats.DUTCH);
        return List.of(
                meetings(report),
                agreements(report, texts),
                adoptions(report),
                commitments(report),
                themes(report, texts),
                policies(report, texts));
    }

    private static ReportSection meetings(StatesReport report) {
        List<List<String>> rows = new ArrayList<>();
        for (RegionFigures r : report.regions()) {
            rows.add(
                    List.of(
                            r.name(),
                            String.valueOf(r.meetingsHeld()),
                            String.valueOf(r.meetingsPlanned())));
        }
        return new ReportSection(
                "Regiotafels",
                "Gehouden bijeenkomsten (gehouden of met vastgesteld verslag) van %s tot en met %s."
                        .formatted(
                                StatesSummary.day(report.firstDay()),
                                StatesSummary.day(report.lastDay())),
                null,
                List.of("Regio", "Gehouden in de periode", "Gepland per jaar"),
                rows);
    }

    private static ReportSection agreements(StatesReport report, ResourceBundle texts) {
        List<List<String>> rows = new ArrayList<>();
        for (RegionFigures r : report.regions()) {
            boolean has = r.agreementStatus() != null;
            rows.add(
                    List.of(
                            r.name(),
                            has
                                    ? texts.getString("agreement.status." + r.agreementStatus())
                                    : "Geen",
                            has ? texts.getString("agreement.scope." + r.agreementScope()) : "",
                            has ? r.adopted() + " van " + r.participating() : ""));
        }
        return new ReportSection(
                "Intergemeentelijke afspraken",
                "Stand op " + StatesSummary.day(report.producedOn()) + ".",
                null,
                List.of("Regio", "Status", "Reikwijdte", "Vastgesteld door gemeenten"),
                rows);
    }

    private static ReportSection adoptions(StatesReport report) {
        List<List<String>> rows = new ArrayList<>();
        for (RegionFigures r : report.regions()) {
            for (MunicipalityAdoption a : report.adoptionsOf(r.regionId())) {
                rows.add(
                        List.of(
                                r.name(),
                                a.municipality(),
                                a.adopted() ? StatesSummary.day(a.adoptedOn()) : "Nog niet",
                                a.adopted() ? a.decisionReference() : ""));
            }
        }
        return new ReportSection(
                "Vaststelling per gemeente",
                "De deelnemende gemeenten van de afspraken van elke regio en hun vaststelling van de bevroren tekst.",
                null,
                List.of("Regio", "Gemeente", "Vastgesteld op", "Besluit"),
                rows);
    }

    private static ReportSection commitments(StatesReport report) {
        List<List<String>> rows = new ArrayList<>();
        for (RegionFigures r : report.regions()) {
            rows.add(
                    List.of(
                            r.name(),
                            String.valueOf(r.commitmentsOnTrack()),
                            String.valueOf(r.commitmentsAtRisk()),
                            String.valueOf(r.commitmentsLate()),
                            String.valueOf(r.commitmentsDone()),
                            String.valueOf(r.openActionItems()),
                            String.valueOf(r.overdueActionItems())));
        }
        return new ReportSection(
                "Toezeggingen en actiepunten",
                "Stand op " + StatesSummary.day(report.producedOn()) + ".",
                null,
                List.of(
                        "Regio",
                        "Op schema",
                        "Risico",
                        "Te laat",
                        "Gerealiseerd",
                        "Actiepunten open",
                        "Over de termijn"),
                rows);
    }

    private ReportSection themes(StatesReport report, ResourceBundle texts) {
        Map<Theme, int[]> totals = new EnumMap<>(Theme.class);
        for (Theme theme : Theme.values()) {
            totals.put(theme, new int[3]);
        }
        for (ThemeCount t : report.themes()) {
            int[] sum = totals.get(t.theme());
            sum[0] += t.agendaItems();
            sum[1] += t.decisions();
            sum[2] += t.commitments();
        }
        List<String> names = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        LinkedHashMap<String, List<Number>> series = new LinkedHashMap<>();
        String[] kinds = {"Agendapunten", "Besluiten", "Toezeggingen"};
        for (int k = 0; k < kinds.length; k++) {
            List<Number> values = new ArrayList<>();
            for (Theme theme : Theme.values()) {
                values.add(totals.get(theme)[k]);
            }
            series.put(kinds[k], values);
        }
        for (Theme theme : Theme.values()) {
            String name = texts.getString("theme." + theme.name());
            names.add(name);
            int[] sum = totals.get(theme);
            rows.add(
                    List.of(
                            name,
                            String.valueOf(sum[0]),
                            String.valueOf(sum[1]),
                            String.valueOf(sum[2])));
        }
        return new ReportSection(
                "Thema's",
                "Alle regio's samen: geaccepteerde agendapunten, besluiten en toezeggingen per thema, zoals de monitor ze telt.",
                charts.groupedBars("Thema's in de regio's", names, series, "Aantal"),
                List.of("Thema", "Agendapunten", "Besluiten", "Toezeggingen"),
                rows);
    }

    private ReportSection policies(StatesReport report, ResourceBundle texts) {
        String then = "Begin (" + StatesSummary.day(report.policiesThen().date()) + ")";
        String now = "Einde (" + StatesSummary.day(report.policiesNow().date()) + ")";
        List<String> names = new ArrayList<>();
        List<Number> thenValues = new ArrayList<>();
        List<Number> nowValues = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (PolicyStatus status : PolicyStatus.values()) {
            String name = texts.getString("policy.status." + status.name());
            int a = report.policiesThen().counts().getOrDefault(status, 0);
            int b = report.policiesNow().counts().getOrDefault(status, 0);
            names.add(name);
            thenValues.add(a);
            nowValues.add(b);
            rows.add(List.of(name, String.valueOf(a), String.valueOf(b)));
        }
        LinkedHashMap<String, List<Number>> series = new LinkedHashMap<>();
        series.put(then, thenValues);
        series.put(now, nowValues);
        return new ReportSection(
                "Beleidskaders van gemeenten",
                "Aantal gemeenten per status van hun beleidskader arbeidsmigratie, bij het begin en het einde van de periode.",
                charts.groupedBars("Beleidskaders van gemeenten", names, series, "Gemeenten"),
                List.of("Status", then, now),
                rows);
    }
}
