package nl.brabant.regiotafel.monitor.report;

import java.time.LocalDate;
import java.util.List;
import nl.brabant.regiotafel.monitor.PolicyCount;
import nl.brabant.regiotafel.monitor.RegionFigures;
import nl.brabant.regiotafel.monitor.ThemeCount;

/**
 * The figures of one progress report: the monitor's dashboard for the period (meetings held from
 * the first to the last day; agreements, commitments and action items as they stand on the day the
 * report is made), adoption per municipality, the theme balance and the policy frameworks on the
 * first and the last day.
 */
public record StatesReport(
        LocalDate firstDay,
        LocalDate lastDay,
        LocalDate producedOn,
        List<RegionFigures> regions,
        List<MunicipalityAdoption> adoptions,
        List<ThemeCount> themes,
        PolicyCount policiesThen,
        PolicyCount policiesNow) {

    public List<MunicipalityAdoption> adoptionsOf(long regionId) {
        return adoptions.stream().filter(a -> a.regionId() == regionId).toList();
    }
}
