package nl.brabant.regiotafel.monitor.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.brabant.regiotafel.agreement.CommitmentService;
import nl.brabant.regiotafel.meeting.ActionItemService;
import nl.brabant.regiotafel.monitor.MonitorService;
import nl.brabant.regiotafel.monitor.PolicyFrameworkService;
import nl.brabant.regiotafel.monitor.RegionFigures;
import nl.brabant.regiotafel.monitor.chart.MonitorCharts;
import nl.brabant.regiotafel.monitor.export.MonitorPdf;
import nl.brabant.regiotafel.monitor.report.StatesReportService;

/**
 * Where each region stands, at a glance, with the lists behind the figures. The page for one year,
 * put together from its parts: the table of regions ({@link RegionDashboard}), the downloads
 * ({@link MonitorDownloads}), the theme balance and the policy frameworks.
 */
@Route("monitor")
@Menu(title = "monitor.nav", order = 30, icon = "vaadin:chart")
@PermitAll
public class MonitorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final MonitorService monitor;
    private final PolicyFrameworkService policies;
    private final ActionItemService actionItems;
    private final MonitorCharts charts;
    private final MonitorPdf pdf;
    private final CommitmentService commitments;
    private final Clock clock;
    private final StatesReportService reports;
    private final Div content = new Div();
    private int year;

    public MonitorView(
            MonitorService monitor,
            PolicyFrameworkService policies,
            ActionItemService actionItems,
            MonitorCharts charts,
            Clock clock,
            CommitmentService commitments,
            MonitorPdf pdf,
            StatesReportService reports) {
        this.pdf = pdf;
        this.reports = reports;
        this.commitments = commitments;
        this.monitor = monitor;
        this.policies = policies;
        this.actionItems = actionItems;
        this.charts = charts;
        this.clock = clock;
        this.year = LocalDate.now(clock).getYear();
        addClassName("page");
        addClassName("page-wide");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!monitor.mayView()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        Select<Integer> years = new Select<>();
        years.setLabel(getTranslation("monitor.year"));
        List<Integer> options = new ArrayList<>();
        for (int y = LocalDate.now(clock).getYear(); y >= 2019; y--) {
            options.add(y);
        }
        years.setItems(options);
        years.setValue(year);
        years.addValueChangeListener(
                e -> {
                    year = e.getValue();
                    render();
                });
        Div bar = new Div(years);
        if (reports.mayProduce()) {
            Button report =
                    new Button(
                            getTranslation("report.open"),
                            e -> new StatesReportDialog(this, reports, clock).open());
            report.setId("open-states-report");
            bar.add(report);
        }
        bar.addClassName("toolbar");
        add(bar, content);
        render();
    }

    private void render() {
        content.removeAll();
        List<RegionFigures> figures = monitor.dashboard(year);
        String total = totalLabel(figures);
        content.add(
                new H3(getTranslation("monitor.regions", String.valueOf(year))),
                new RegionDashboard(this, monitor, actionItems, commitments, year, this::render)
                        .grid(figures),
                new MonitorDownloads(monitor, policies, charts, pdf, clock, figures, year, total));
        content.add(new ThemeBalanceSection(monitor, charts, figures, total));
        content.add(new PolicySection(policies, charts, clock));
    }

    /** A regional user's total is the total of their own region(s), and says so. */
    private String totalLabel(List<RegionFigures> figures) {
        if (monitor.seesEveryRegion()) {
            return getTranslation("monitor.total");
        }
        return getTranslation(
                figures.size() == 1 ? "monitor.total.ownRegion" : "monitor.total.ownRegions");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("monitor.title");
    }

    static Paragraph empty(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("empty-state");
        return p;
    }
}
