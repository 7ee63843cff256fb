package nl.brabant.regiotafel.monitor.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.brabant.regiotafel.base.format.DateFormats;
import nl.brabant.regiotafel.monitor.PolicyCount;
import nl.brabant.regiotafel.monitor.PolicyStatus;
import nl.brabant.regiotafel.monitor.RegionFigures;
import nl.brabant.regiotafel.monitor.ThemeCount;
import nl.brabant.regiotafel.region.Theme;

/**
 * The report's opening sentences, in the evaluation's own terms: regions with adopted agreements
 * ("vastgestelde afspraken"), with a draft ("in concept") and without; tables held; commitments;
 * the weight of housing among the themes; municipalities with current policy then and now. Each
 * sentence is computed from the report's figures, so the summary never says more than the tables.
 */
public final class StatesSummary {

    private StatesSummary() {}

    public static List<String> sentences(StatesReport report) {
        List<RegionFigures> regions = report.regions();
        int total = regions.size();
        List<String> result = new ArrayList<>();
        int holding = (int) regions.stream().filter(r -> r.meetingsHeld() > 0).count();
        int held = regions.stream().mapToInt(RegionFigures::meetingsHeld).sum();
        result.add(
                "In de periode hielden %s van de %d regio's een regiotafel (%s in totaal)."
                        .formatted(
                                holding == 0 ? "geen" : String.valueOf(holding),
                                total,
                                held == 1 ? "1 bijeenkomst" : held + " bijeenkomsten"));
        result.add(agreements(regions));
        result.add(commitments(regions));
        String themes = themes(report.themes());
        if (themes != null) {
            result.add(themes);
        }
        result.add(policies(report));
        int open = regions.stream().mapToInt(RegionFigures::openActionItems).sum();
        int overdue = regions.stream().mapToInt(RegionFigures::overdueActionItems).sum();
        result.add(
                open == 0
                        ? "Er staan geen actiepunten open."
                        : "Er %s %d actiepunt%s open, waarvan %d over de termijn."
                                .formatted(
                                        open == 1 ? "staat" : "staan",
                                        open,
                                        open == 1 ? "" : "en",
                                        overdue));
        return result;
    }

    private static String agreements(List<RegionFigures> regions) {
        int adopted = 0;
        int integral = 0;
        int draft = 0;
        for (RegionFigures r : regions) {
            if ("ADOPTED".equals(r.agreementStatus())) {
                adopted++;
                if ("INTEGRAL".equals(r.agreementScope())) {
                    integral++;
                }
            } else if (r.agreementStatus() != null) {
                draft++;
            }
        }
        int none = regions.size() - adopted - draft;
        String adoptedPart =
                adopted == 0
                        ? "Geen van de %d regio's heeft vastgestelde afspraken"
                                .formatted(regions.size())
                        : "%d van de %d regio's %s vastgestelde afspraken (%d integraal, %d alleen huisvesting)"
                                .formatted(
                                        adopted,
                                        regions.size(),
                                        adopted == 1 ? "heeft" : "hebben",
                                        integral,
                                        adopted - integral);
        return "%s, %d in concept, %d nog geen.".formatted(adoptedPart, draft, none);
    }

    private static String commitments(List<RegionFigures> regions) {
        int onTrack = regions.stream().mapToInt(RegionFigures::commitmentsOnTrack).sum();
        int atRisk = regions.stream().mapToInt(RegionFigures::commitmentsAtRisk).sum();
        int late = regions.stream().mapToInt(RegionFigures::commitmentsLate).sum();
        int done = regions.stream().mapToInt(RegionFigures::commitmentsDone).sum();
        int all = onTrack + atRisk + late + done;
        if (all == 0) {
            return "In de afspraken zijn nog geen meetbare toezeggingen vastgelegd.";
        }
        return "Van de %d meetbare toezegging%s %s %d op schema, %d met risico, %d te laat en %d gerealiseerd."
                .formatted(
                        all,
                        all == 1 ? "" : "en",
                        all == 1 ? "is er" : "zijn er",
                        onTrack,
                        atRisk,
                        late,
                        done);
    }

    /** The evaluation found that housing crowds out the other themes: say how much it weighs. */
    private static String themes(List<ThemeCount> themes) {
        int all = 0;
        int housing = 0;
        for (ThemeCount t : themes) {
            int count = t.agendaItems() + t.decisions() + t.commitments();
            all += count;
            if (t.theme() == Theme.HOUSING) {
                housing += count;
            }
        }
        if (all == 0) {
            return null;
        }
        return "Het thema huisvesting en leefomgeving beslaat %d%% van de agendapunten, besluiten en toezeggingen."
                .formatted(Math.round(100.0 * housing / all));
    }

    private static String policies(StatesReport report) {
        PolicyCount now = report.policiesNow();
        PolicyCount then = report.policiesThen();
        int municipalities = now.counts().values().stream().mapToInt(Integer::intValue).sum();
        return "Op %s %s %d van de %d gemeenten actueel beleid voor arbeidsmigratie (op %s: %d), %d in voorbereiding."
                .formatted(
                        day(now.date()),
                        current(now.counts()) == 1 ? "heeft" : "hebben",
                        current(now.counts()),
                        municipalities,
                        day(then.date()),
                        current(then.counts()),
                        now.counts().getOrDefault(PolicyStatus.IN_PREPARATION, 0));
    }

    /** "1 januari 2020": a report is read, not parsed. */
    static String day(LocalDate date) {
        return DateFormats.longDate(date, DateFormats.DUTCH);
    }

    static int current(Map<PolicyStatus, Integer> counts) {
        return counts.getOrDefault(PolicyStatus.CURRENT_HOUSING, 0)
                + counts.getOrDefault(PolicyStatus.CURRENT_INTEGRAL, 0);
    }
}
