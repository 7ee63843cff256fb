package nl.brabant.regiotafel.monitor.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.brabant.regiotafel.agreement.AgreementRoutes;
import nl.brabant.regiotafel.agreement.CommitmentService;
import nl.brabant.regiotafel.base.format.DateFormats;
import nl.brabant.regiotafel.meeting.ActionItemRow;
import nl.brabant.regiotafel.meeting.ActionItemService;
import nl.brabant.regiotafel.meeting.MeetingRoutes;
import nl.brabant.regiotafel.monitor.MonitorService;
import nl.brabant.regiotafel.monitor.PolicyFrameworkService;
import nl.brabant.regiotafel.monitor.RegionFigures;
import nl.brabant.regiotafel.monitor.chart.MonitorCharts;
import nl.brabant.regiotafel.monitor.export.MonitorPdf;
import nl.brabant.regiotafel.monitor.export.SafeCsv;
import nl.brabant.regiotafel.region.RegionRoutes;

/** Where each region stands, at a glance, with the lists behind the figures. */
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
    private final Div content = new Div();
    private int year;

    public MonitorView(
            MonitorService monitor,
            PolicyFrameworkService policies,
            ActionItemService actionItems,
            MonitorCharts charts,
            Clock clock,
            CommitmentService commitments,
            MonitorPdf pdf) {
        this.pdf = pdf;
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
        bar.addClassName("toolbar");
        add(bar, content);
        render();
    }

    private void render() {
        content.removeAll();
        List<RegionFigures> figures = monitor.dashboard(year);
        Div downloads = new Div(csv(figures), pdf(figures));
        downloads.addClassName("downloads");
        content.add(
                new H3(getTranslation("monitor.regions", String.valueOf(year))),
                dashboard(figures),
                downloads);
        content.add(new ThemeBalanceSection(monitor, charts, figures, totalLabel(figures)));
        content.add(new PolicySection(policies, charts, clock));
    }

    private Grid<RegionFigures> dashboard(List<RegionFigures> figures) {
        Grid<RegionFigures> grid = new Grid<>();
        grid.setId("dashboard");
        // At 1366 px every column fits (63rem in all): fixed starting widths that share out what is
        // left, and
        // names and headers wrap inside their cells; automatic widths added up to more than the
        // page.
        grid.addThemeVariants(
                GridVariant.LUMO_ROW_STRIPES,
                GridVariant.LUMO_COMPACT,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(r -> new Anchor(RegionRoutes.region(r.code()), r.name()))
                .setHeader(getTranslation("monitor.region"))
                .setWidth("9rem")
                .setFlexGrow(1)
                .setFrozen(true);
        grid.addComponentColumn(
                        r ->
                                figure(
                                        meetings(r),
                                        "meetings-" + r.code(),
                                        () ->
                                                MonitorDialogs.heldMeetings(
                                                        this, monitor, r, year, this::render)))
                .setHeader(getTranslation("monitor.meetings"))
                .setWidth("11.5rem")
                .setFlexGrow(1);
        grid.addComponentColumn(
                        r ->
                                r.nextMeeting() == null
                                        ? new Span("—")
                                        : new Anchor(
                                                MeetingRoutes.meeting(r.code(), r.nextMeetingId()),
                                                date(r.nextMeeting())))
                .setHeader(getTranslation("monitor.next"))
                .setWidth("7rem")
                .setFlexGrow(1);
        grid.addComponentColumn(this::agreementCell)
                .setHeader(getTranslation("monitor.agreement"))
                .setWidth("8.5rem")
                .setFlexGrow(1);
        grid.addComponentColumn(r -> drill(r, false))
                .setHeader(getTranslation("monitor.actionsOpen"))
                .setWidth("6rem")
                .setFlexGrow(1);
        grid.addComponentColumn(r -> drill(r, true))
                .setHeader(getTranslation("monitor.actionsOverdue"))
                .setWidth("6rem")
                .setFlexGrow(1);
        grid.addComponentColumn(
                        r ->
                                figure(
                                        r.commitmentsOnTrack()
                                                + " / "
                                                + r.commitmentsAtRisk()
                                                + " / "
                                                + r.commitmentsLate()
                                                + " / "
                                                + r.commitmentsDone(),
                                        "commitments-" + r.code(),
                                        () -> MonitorDialogs.commitments(this, commitments, r)))
                .setHeader(getTranslation("monitor.commitments"))
                .setWidth("8rem")
                .setFlexGrow(1);
        grid.addComponentColumn(
                        r ->
                                figure(
                                        r.lastActivity() == null ? "—" : date(r.lastActivity()),
                                        "timeline-" + r.code(),
                                        () -> MonitorDialogs.timeline(this, monitor, r)))
                .setHeader(getTranslation("monitor.lastActivity"))
                .setWidth("7rem")
                .setFlexGrow(1);
        grid.setItems(figures);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("monitor.regions", String.valueOf(year)));
        return grid;
    }

    /** "0 gehouden, 3 gepland": what each number is, not "0 / 3". */
    private String meetings(RegionFigures r) {
        return getTranslation("monitor.meetings.count", r.meetingsHeld(), r.meetingsPlanned());
    }

    private Div agreementCell(RegionFigures r) {
        if (r.agreementId() == null) {
            return new Div(new Span(getTranslation("monitor.agreement.none")));
        }
        String text =
                getTranslation("agreement.status." + r.agreementStatus())
                        + " · "
                        + getTranslation("agreement.scope." + r.agreementScope());
        if ("ADOPTION_PENDING".equals(r.agreementStatus())) {
            text += " · " + getTranslation("monitor.adopted", r.adopted(), r.participating());
        }
        return new Div(new Anchor(AgreementRoutes.agreement(r.code(), r.agreementId()), text));
    }

    private Button figure(String text, String id, Runnable open) {
        Button button = new Button(text, e -> open.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        button.setId(id);
        return button;
    }

    /** A figure that opens the list behind it. */
    private Button drill(RegionFigures r, boolean overdue) {
        int count = overdue ? r.overdueActionItems() : r.openActionItems();
        Button button = new Button(String.valueOf(count), e -> openList(r, overdue));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        if (overdue && count > 0) {
            button.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        button.setId((overdue ? "overdue-" : "open-") + r.code());
        button.setAriaLabel(
                getTranslation(overdue ? "monitor.actionsOverdue" : "monitor.actionsOpen")
                        + " "
                        + r.name()
                        + ": "
                        + count);
        return button;
    }

    private void openList(RegionFigures r, boolean overdue) {
        Dialog dialog = new Dialog();
        dialog.setId("drill-down");
        dialog.setHeaderTitle(
                getTranslation(overdue ? "monitor.actionsOverdue" : "monitor.actionsOpen")
                        + " – "
                        + r.name());
        dialog.setWidth("min(60rem, 95vw)");
        Grid<ActionItemRow> grid = new Grid<>();
        grid.addColumn(ActionItemRow::description)
                .setHeader(getTranslation("action.field.description"))
                .setFlexGrow(3);
        grid.addColumn(a -> a.ownerName().isEmpty() ? a.ownerOrganisation() : a.ownerName())
                .setHeader(getTranslation("action.field.owner"));
        grid.addColumn(a -> DateFormats.date(a.dueDate(), getLocale()))
                .setHeader(getTranslation("action.field.due"))
                .setAutoWidth(true);
        grid.addColumn(a -> getTranslation("action.status." + a.status().name()))
                .setHeader(getTranslation("action.field.status"));
        grid.setPartNameGenerator(a -> a.overdue() ? "overdue" : null);
        grid.setItems(
                q ->
                        actionItems
                                .openInRegion(r.regionId(), overdue, q.getOffset(), q.getLimit())
                                .stream());
        grid.setEmptyStateText(getTranslation("monitor.drill.empty"));
        dialog.add(grid);
        dialog.getFooter().add(new Button(getTranslation("common.close"), e -> dialog.close()));
        dialog.open();
    }

    private Anchor csv(List<RegionFigures> figures) {
        Anchor download =
                new Anchor(
                        DownloadHandler.fromInputStream(
                                event -> {
                                    List<List<Object>> rows = new ArrayList<>();
                                    for (RegionFigures r : figures) {
                                        rows.add(
                                                List.of(
                                                        r.name(),
                                                        r.meetingsHeld(),
                                                        r.meetingsPlanned(),
                                                        r.agreementStatus() == null
                                                                ? ""
                                                                : getTranslation(
                                                                        "agreement.status."
                                                                                + r
                                                                                        .agreementStatus()),
                                                        r.agreementScope() == null
                                                                ? ""
                                                                : getTranslation(
                                                                        "agreement.scope."
                                                                                + r
                                                                                        .agreementScope()),
                                                        r.adopted(),
                                                        r.participating(),
                                                        r.openActionItems(),
                                                        r.overdueActionItems(),
                                                        r.commitmentsOnTrack(),
                                                        r.commitmentsAtRisk(),
                                                        r.commitmentsLate(),
                                                        r.commitmentsDone()));
                                    }
                                    byte[] bytes =
                                            SafeCsv.write(
                                                    List.of(
                                                            getTranslation("monitor.region"),
                                                            getTranslation("monitor.csv.held"),
                                                            getTranslation("monitor.csv.planned"),
                                                            getTranslation("monitor.agreement"),
                                                            getTranslation("agreement.field.scope"),
                                                            getTranslation("monitor.csv.adopted"),
                                                            getTranslation(
                                                                    "monitor.csv.participating"),
                                                            getTranslation("monitor.actionsOpen"),
                                                            getTranslation(
                                                                    "monitor.actionsOverdue"),
                                                            getTranslation(
                                                                    "commitment.status.ON_TRACK"),
                                                            getTranslation(
                                                                    "commitment.status.AT_RISK"),
                                                            getTranslation(
                                                                    "commitment.status.LATE"),
                                                            getTranslation(
                                                                    "commitment.status.DONE")),
                                                    rows);
                                    return new DownloadResponse(
                                            new ByteArrayInputStream(bytes),
                                            "monitor-" + year + ".csv",
                                            "text/csv; charset=utf-8",
                                            bytes.length);
                                }),
                        AttachmentType.DOWNLOAD,
                        getTranslation("monitor.csv"));
        download.addClassName("download-link");
        return download;
    }

    /** The dashboard as a printable PDF: the same figures, charts and tables as on screen. */
    private Anchor pdf(List<RegionFigures> figures) {
        Anchor download =
                new Anchor(
                        DownloadHandler.fromInputStream(
                                event -> {
                                    List<String> header =
                                            List.of(
                                                    getTranslation("monitor.region"),
                                                    getTranslation("monitor.meetings"),
                                                    getTranslation("monitor.next"),
                                                    getTranslation("monitor.agreement"),
                                                    getTranslation("monitor.actionsOpen"),
                                                    getTranslation("monitor.actionsOverdue"),
                                                    getTranslation("monitor.commitments"));
                                    List<List<String>> rows = new ArrayList<>();
                                    for (RegionFigures r : figures) {
                                        rows.add(
                                                List.of(
                                                        r.name(),
                                                        meetings(r),
                                                        r.nextMeeting() == null
                                                                ? "—"
                                                                : date(r.nextMeeting()),
                                                        r.agreementStatus() == null
                                                                ? getTranslation(
                                                                        "monitor.agreement.none")
                                                                : getTranslation(
                                                                                "agreement.status."
                                                                                        + r
                                                                                                .agreementStatus())
                                                                        + " · "
                                                                        + getTranslation(
                                                                                "agreement.scope."
                                                                                        + r
                                                                                                .agreementScope()),
                                                        String.valueOf(r.openActionItems()),
                                                        String.valueOf(r.overdueActionItems()),
                                                        r.commitmentsOnTrack()
                                                                + " / "
                                                                + r.commitmentsAtRisk()
                                                                + " / "
                                                                + r.commitmentsLate()
                                                                + " / "
                                                                + r.commitmentsDone()));
                                    }
                                    var counts = monitor.themeBalance();
                                    List<List<String>> themeRows =
                                            ThemeBalanceSection.rows(
                                                            totalLabel(figures), figures, counts)
                                                    .stream()
                                                    .map(
                                                            t ->
                                                                    List.of(
                                                                            t.region(),
                                                                            getTranslation(
                                                                                    "theme."
                                                                                            + t.theme()
                                                                                                    .name()),
                                                                            String.valueOf(
                                                                                    t
                                                                                            .agendaItems()),
                                                                            String.valueOf(
                                                                                    t.decisions()),
                                                                            String.valueOf(
                                                                                    t
                                                                                            .commitments())))
                                                    .toList();
                                    PolicySection.Chart policy =
                                            PolicySection.chart(this, policies, charts, clock);
                                    byte[] bytes =
                                            pdf.dashboard(
                                                    getTranslation(
                                                            "monitor.pdf.title",
                                                            String.valueOf(year)),
                                                    getTranslation(
                                                            "monitor.pdf.subtitle",
                                                            DateFormats.longDate(
                                                                    LocalDate.now(clock),
                                                                    getLocale())),
                                                    header,
                                                    rows,
                                                    ThemeBalanceSection.chart(
                                                            this,
                                                            charts,
                                                            figures,
                                                            counts,
                                                            totalLabel(figures)),
                                                    List.of(
                                                            getTranslation("monitor.region"),
                                                            getTranslation("decision.field.theme"),
                                                            getTranslation("monitor.themes.items"),
                                                            getTranslation("decision.title"),
                                                            getTranslation(
                                                                    "agreement.tab.commitments")),
                                                    themeRows,
                                                    policy.png(),
                                                    policy.header(),
                                                    policy.rows());
                                    return new DownloadResponse(
                                            new ByteArrayInputStream(bytes),
                                            "monitor-" + year + ".pdf",
                                            "application/pdf",
                                            bytes.length);
                                }),
                        AttachmentType.DOWNLOAD,
                        getTranslation("monitor.pdf"));
        download.addClassName("download-link");
        return download;
    }

    /** A regional user's total is the total of their own region(s), and says so. */
    private String totalLabel(List<RegionFigures> figures) {
        if (monitor.seesEveryRegion()) {
            return getTranslation("monitor.total");
        }
        return getTranslation(
                figures.size() == 1 ? "monitor.total.ownRegion" : "monitor.total.ownRegions");
    }

    private String date(Instant instant) {
        return DateFormats.date(instant, getLocale());
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
