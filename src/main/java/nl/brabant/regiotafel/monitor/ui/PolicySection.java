package nl.brabant.regiotafel.monitor.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import nl.brabant.regiotafel.base.UserInputException;
import nl.brabant.regiotafel.base.format.DateFormats;
import nl.brabant.regiotafel.base.ui.ComponentTexts;
import nl.brabant.regiotafel.monitor.MunicipalityPolicy;
import nl.brabant.regiotafel.monitor.PolicyCount;
import nl.brabant.regiotafel.monitor.PolicyFrameworkService;
import nl.brabant.regiotafel.monitor.PolicyStatus;
import nl.brabant.regiotafel.monitor.chart.MonitorCharts;

/**
 * Municipal policy frameworks: the province-wide count over time and each municipality's status.
 */
class PolicySection extends Div {

    /** The count over time as chart and as table rows, for the screen and the PDF alike. */
    record Chart(
            byte[] png, List<PolicyCount> counts, List<String> header, List<List<String>> rows) {}

    static Chart chart(
            Component context, PolicyFrameworkService policies, MonitorCharts charts, Clock clock) {
        List<LocalDate> dates = new ArrayList<>();
        for (int y = 2019; y <= LocalDate.now(clock).getYear(); y++) {
            dates.add(LocalDate.of(y, 1, 1));
        }
        dates.add(LocalDate.now(clock));
        List<PolicyCount> counts = policies.countsOn(dates);
        LinkedHashMap<String, List<Number>> series = new LinkedHashMap<>();
        List<String> header = new ArrayList<>(List.of(context.getTranslation("policy.date")));
        for (PolicyStatus status : PolicyStatus.values()) {
            series.put(
                    context.getTranslation("policy.status." + status.name()),
                    new ArrayList<>(
                            counts.stream().map(c -> (Number) c.counts().get(status)).toList()));
            header.add(context.getTranslation("policy.status." + status.name()));
        }
        List<List<String>> rows = new ArrayList<>();
        for (PolicyCount count : counts) {
            List<String> row = new ArrayList<>(List.of(DateFormats.documentDate(count.date())));
            for (PolicyStatus status : PolicyStatus.values()) {
                row.add(String.valueOf(count.counts().get(status)));
            }
            rows.add(row);
        }
        byte[] png =
                charts.lines(
                        context.getTranslation("policy.chart"),
                        dates,
                        series,
                        context.getTranslation("policy.axis"));
        return new Chart(png, counts, header, rows);
    }

    PolicySection(PolicyFrameworkService policies, MonitorCharts charts, Clock clock) {
        add(new H3(getTranslation("policy.title")));
        add(new Paragraph(getTranslation("policy.intro")));
        Chart data = chart(this, policies, charts, clock);
        List<PolicyCount> counts = data.counts();
        byte[] png = data.png();
        Image chart =
                new Image(
                        DownloadHandler.fromInputStream(
                                event ->
                                        new DownloadResponse(
                                                new ByteArrayInputStream(png),
                                                "beleidskaders.png",
                                                "image/png",
                                                png.length)),
                        getTranslation("policy.alt"));
        chart.addClassName("chart");
        Grid<PolicyCount> table = new Grid<>();
        table.setId("policy-counts");
        table.addThemeVariants(GridVariant.LUMO_COMPACT);
        table.addColumn(c -> DateFormats.date(c.date(), getLocale()))
                .setHeader(getTranslation("policy.date"))
                .setAutoWidth(true);
        for (PolicyStatus status : PolicyStatus.values()) {
            table.addColumn(c -> c.counts().get(status))
                    .setHeader(getTranslation("policy.status." + status.name()));
        }
        table.setItems(counts);
        table.setAllRowsVisible(true);
        Div pair = new Div(chart, table);
        pair.addClassName("chart-and-table");
        add(pair);

        add(new H4(getTranslation("policy.municipalities")));
        Grid<MunicipalityPolicy> grid = new Grid<>();
        grid.setId("policies");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(MunicipalityPolicy::regionCode)
                .setHeader(getTranslation("monitor.region"))
                .setAutoWidth(true);
        grid.addColumn(MunicipalityPolicy::municipality)
                .setHeader(getTranslation("adoption.municipality"));
        grid.addColumn(m -> getTranslation("policy.status." + m.status().name()))
                .setHeader(getTranslation("action.field.status"));
        grid.addColumn(m -> m.since() == null ? "—" : DateFormats.date(m.since(), getLocale()))
                .setHeader(getTranslation("policy.since"));
        grid.addComponentColumn(
                m -> {
                    Button edit =
                            new Button(
                                    getTranslation("policy.edit"),
                                    e -> editDialog(policies, m).open());
                    edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                    edit.setVisible(m.mayEdit());
                    edit.setAriaLabel(getTranslation("policy.edit") + ": " + m.municipality());
                    return edit;
                });
        grid.setItems(policies.current());
        grid.setHeight("24rem");
        add(grid);
    }

    private Dialog editDialog(PolicyFrameworkService policies, MunicipalityPolicy municipality) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("policy.edit") + ": " + municipality.municipality());
        Select<PolicyStatus> status = new Select<>();
        status.setLabel(getTranslation("action.field.status"));
        status.setItems(PolicyStatus.values());
        status.setItemLabelGenerator(
                s -> s == null ? "" : getTranslation("policy.status." + s.name()));
        status.setValue(municipality.status());
        DatePicker from = new DatePicker(getTranslation("policy.since"), LocalDate.now());
        ComponentTexts.localize(from);
        from.setLocale(getLocale());
        from.setMax(LocalDate.now());
        TextField note = new TextField(getTranslation("policy.note"));
        note.setMaxLength(500);
        note.setWidthFull();
        Div history = new Div();
        policies.historyOf(municipality.municipalityId())
                .forEach(
                        h ->
                                history.add(
                                        new Paragraph(
                                                h.validFrom()
                                                        + ": "
                                                        + getTranslation(
                                                                "policy.status."
                                                                        + h.status().name())
                                                        + (h.note() == null
                                                                ? ""
                                                                : " – " + h.note()))));
        dialog.add(new Div(status, from, note), new H4(getTranslation("policy.history")), history);
        Button save =
                new Button(
                        getTranslation("common.save"),
                        e -> {
                            try {
                                policies.record(
                                        municipality.municipalityId(),
                                        status.getValue(),
                                        from.getValue(),
                                        note.getValue());
                                dialog.close();
                                getUI().ifPresent(ui -> ui.getPage().reload());
                            } catch (UserInputException refused) {
                                Notification.show(
                                                getTranslation(
                                                        refused.messageKey(), refused.arguments()),
                                                6000,
                                                Notification.Position.MIDDLE)
                                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
                            }
                        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter()
                .add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        return dialog;
    }
}
