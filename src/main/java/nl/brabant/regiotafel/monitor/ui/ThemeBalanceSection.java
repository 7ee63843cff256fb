package nl.brabant.regiotafel.monitor.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.brabant.regiotafel.monitor.MonitorService;
import nl.brabant.regiotafel.monitor.RegionFigures;
import nl.brabant.regiotafel.monitor.ThemeCount;
import nl.brabant.regiotafel.monitor.chart.MonitorCharts;
import nl.brabant.regiotafel.region.Theme;

/**
 * How agenda items, decisions and commitments spread over the four themes, per region: a chart and,
 * beside it, the same figures as a table for screen readers and for copying.
 */
class ThemeBalanceSection extends Div {

    record Row(String region, Theme theme, int agendaItems, int decisions, int commitments) {}

    /**
     * @param totalLabel "Provincie totaal", or for a regional user the total of their own region(s)
     */
    ThemeBalanceSection(
            MonitorService monitor,
            MonitorCharts charts,
            List<RegionFigures> regions,
            String totalLabel) {
        add(new H3(getTranslation("monitor.themes")));
        add(new Paragraph(getTranslation("monitor.themes.intro")));
        List<ThemeCount> counts = monitor.themeBalance();
        byte[] png = chart(this, charts, regions, counts, totalLabel);
        Image chart =
                new Image(
                        DownloadHandler.fromInputStream(
                                event ->
                                        new DownloadResponse(
                                                new ByteArrayInputStream(png),
                                                "thema-balans.png",
                                                "image/png",
                                                png.length)),
                        getTranslation("monitor.themes.alt"));
        chart.addClassName("chart");
        chart.setId("theme-chart");
        Grid<Row> table = new Grid<>();
        table.setId("theme-table");
        table.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        table.addColumn(Row::region).setHeader(getTranslation("monitor.region")).setAutoWidth(true);
        table.addColumn(r -> getTranslation("theme." + r.theme().name()))
                .setHeader(getTranslation("decision.field.theme"));
        table.addColumn(Row::agendaItems)
                .setHeader(getTranslation("monitor.themes.items"))
                .setAutoWidth(true);
        table.addColumn(Row::decisions)
                .setHeader(getTranslation("decision.title"))
                .setAutoWidth(true);
        table.addColumn(Row::commitments)
                .setHeader(getTranslation("agreement.tab.commitments"))
                .setAutoWidth(true);
        table.setItems(rows(totalLabel, regions, counts));
        table.setHeight("22rem");
        table.setAriaLabel(getTranslation("monitor.themes"));
        Div pair = new Div(chart, table);
        pair.addClassName("chart-and-table");
        add(pair);
    }

    static byte[] chart(
            Component context,
            MonitorCharts charts,
            List<RegionFigures> regions,
            List<ThemeCount> counts,
            String totalLabel) {
        // One group per region, and the total of the regions shown as the last group.
        List<String> categories =
                new ArrayList<>(regions.stream().map(RegionFigures::code).toList());
        categories.add(totalLabel);
        LinkedHashMap<String, List<Number>> series = new LinkedHashMap<>();
        for (Theme theme : Theme.values()) {
            List<Number> values = new ArrayList<>();
            for (RegionFigures region : regions) {
                values.add(
                        counts.stream()
                                .filter(
                                        c ->
                                                c.regionId() == region.regionId()
                                                        && c.theme() == theme)
                                .mapToInt(c -> c.agendaItems() + c.decisions() + c.commitments())
                                .sum());
            }
            values.add(
                    counts.stream()
                            .filter(c -> c.theme() == theme)
                            .mapToInt(c -> c.agendaItems() + c.decisions() + c.commitments())
                            .sum());
            series.put(context.getTranslation("theme." + theme.name()), values);
        }
        return charts.groupedBars(
                context.getTranslation("monitor.themes.chart"),
                categories,
                series,
                context.getTranslation("monitor.themes.axis"));
    }

    static List<Row> rows(String totalLabel, List<RegionFigures> regions, List<ThemeCount> counts) {
        Map<Long, String> names =
                regions.stream()
                        .collect(Collectors.toMap(RegionFigures::regionId, RegionFigures::code));
        List<Row> rows = new ArrayList<>();
        for (ThemeCount c : counts) {
            rows.add(
                    new Row(
                            names.getOrDefault(c.regionId(), "?"),
                            c.theme(),
                            c.agendaItems(),
                            c.decisions(),
                            c.commitments()));
        }
        for (Theme theme : Theme.values()) {
            rows.add(
                    new Row(
                            totalLabel,
                            theme,
                            counts.stream()
                                    .filter(c -> c.theme() == theme)
                                    .mapToInt(ThemeCount::agendaItems)
                                    .sum(),
                            counts.stream()
                                    .filter(c -> c.theme() == theme)
                                    .mapToInt(ThemeCount::decisions)
                                    .sum(),
                            counts.stream()
                                    .filter(c -> c.theme() == theme)
                                    .mapToInt(ThemeCount::commitments)
                                    .sum()));
        }
        return rows;
    }
}
