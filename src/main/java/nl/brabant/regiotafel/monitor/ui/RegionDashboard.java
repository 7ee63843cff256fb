package nl.brabant.regiotafel.monitor.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;
import nl.brabant.regiotafel.agreement.AgreementRoutes;
import nl.brabant.regiotafel.agreement.CommitmentService;
import nl.brabant.regiotafel.base.format.DateFormats;
import nl.brabant.regiotafel.meeting.ActionItemRow;
import nl.brabant.regiotafel.meeting.ActionItemService;
import nl.brabant.regiotafel.meeting.MeetingRoutes;
import nl.brabant.regiotafel.monitor.MonitorService;
import nl.brabant.regiotafel.monitor.RegionFigures;
import nl.brabant.regiotafel.region.RegionRoutes;

/**
 * The monitor's table of regions for one year: a row per region, and each figure a button that
 * opens the list behind it.
 */
final class RegionDashboard {

    private final Component context;
    private final MonitorService monitor;
    private final ActionItemService actionItems;
    private final CommitmentService commitments;
    private final int year;
    private final Runnable afterPlannedChange;

    /**
     * @param context the view, for its translations
     * @param afterPlannedChange what to do when the number of planned meetings changed
     */
    RegionDashboard(
            Component context,
            MonitorService monitor,
            ActionItemService actionItems,
            CommitmentService commitments,
            int year,
            Runnable afterPlannedChange) {
        this.context = context;
        this.monitor = monitor;
        this.actionItems = actionItems;
        this.commitments = commitments;
        this.year = year;
        this.afterPlannedChange = afterPlannedChange;
    }

    Grid<RegionFigures> grid(List<RegionFigures> figures) {
        Grid<RegionFigures> grid = new Grid<>();
        grid.setId("dashboard");
        // At 1366 px every column fits (63rem in all): fixed starting widths that share out what is
        // left, and names and headers wrap inside their cells; automatic widths added up to more
        // than the page.
        grid.addThemeVariants(
                GridVariant.LUMO_ROW_STRIPES,
                GridVariant.LUMO_COMPACT,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(r -> new Anchor(RegionRoutes.region(r.code()), r.name()))
                .setHeader(t("monitor.region"))
                .setWidth("9rem")
                .setFlexGrow(1)
                .setFrozen(true);
        grid.addComponentColumn(
                        r ->
                                figure(
                                        meetings(context, r),
                                        "meetings-" + r.code(),
                                        () ->
                                                MonitorDialogs.heldMeetings(
                                                        context,
                                                        monitor,
                                                        r,
                                                        year,
                                                        afterPlannedChange)))
                .setHeader(t("monitor.meetings"))
                .setWidth("11.5rem")
                .setFlexGrow(1);
        grid.addComponentColumn(
                        r ->
                                r.nextMeeting() == null
                                        ? new Span("—")
                                        : new Anchor(
                                                MeetingRoutes.meeting(r.code(), r.nextMeetingId()),
                                                DateFormats.date(r.nextMeeting(), locale())))
                .setHeader(t("monitor.next"))
                .setWidth("7rem")
                .setFlexGrow(1);
        grid.addComponentColumn(this::agreementCell)
                .setHeader(t("monitor.agreement"))
                .setWidth("8.5rem")
                .setFlexGrow(1);
        grid.addComponentColumn(r -> drill(r, false))
                .setHeader(t("monitor.actionsOpen"))
                .setWidth("6rem")
                .setFlexGrow(1);
        grid.addComponentColumn(r -> drill(r, true))
                .setHeader(t("monitor.actionsOverdue"))
                .setWidth("6rem")
                .setFlexGrow(1);
        grid.addComponentColumn(
                        r ->
                                figure(
                                        commitmentCounts(r),
                                        "commitments-" + r.code(),
                                        () -> MonitorDialogs.commitments(context, commitments, r)))
                .setHeader(t("monitor.commitments"))
                .setWidth("8rem")
                .setFlexGrow(1);
        grid.addComponentColumn(
                        r ->
                                figure(
                                        r.lastActivity() == null
                                                ? "—"
                                                : DateFormats.date(r.lastActivity(), locale()),
                                        "timeline-" + r.code(),
                                        () -> MonitorDialogs.timeline(context, monitor, r)))
                .setHeader(t("monitor.lastActivity"))
                .setWidth("7rem")
                .setFlexGrow(1);
        grid.setItems(figures);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(context.getTranslation("monitor.regions", String.valueOf(year)));
        return grid;
    }

    /** "0 gehouden, 3 gepland": what each number is, not "0 / 3". */
    static String meetings(Component context, RegionFigures r) {
        return context.getTranslation(
                "monitor.meetings.count", r.meetingsHeld(), r.meetingsPlanned());
    }

    /** On track / at risk / late / done. */
    static String commitmentCounts(RegionFigures r) {
        return r.commitmentsOnTrack()
                + " / "
                + r.commitmentsAtRisk()
                + " / "
                + r.commitmentsLate()
                + " / "
                + r.commitmentsDone();
    }

    /** The page's language, as a view's own getLocale() gives it. */
    private static Locale locale() {
        return UI.getCurrent().getLocale();
    }

    private Div agreementCell(RegionFigures r) {
        if (r.agreementId() == null) {
            return new Div(new Span(t("monitor.agreement.none")));
        }
        String text =
                t("agreement.status." + r.agreementStatus())
                        + " · "
                        + t("agreement.scope." + r.agreementScope());
        if ("ADOPTION_PENDING".equals(r.agreementStatus())) {
            text +=
                    " · "
                            + context.getTranslation(
                                    "monitor.adopted", r.adopted(), r.participating());
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
                t(overdue ? "monitor.actionsOverdue" : "monitor.actionsOpen")
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
                t(overdue ? "monitor.actionsOverdue" : "monitor.actionsOpen") + " – " + r.name());
        dialog.setWidth("min(60rem, 95vw)");
        Grid<ActionItemRow> grid = new Grid<>();
        grid.addColumn(ActionItemRow::description)
                .setHeader(t("action.field.description"))
                .setFlexGrow(3);
        grid.addColumn(a -> a.ownerName().isEmpty() ? a.ownerOrganisation() : a.ownerName())
                .setHeader(t("action.field.owner"));
        grid.addColumn(a -> DateFormats.date(a.dueDate(), locale()))
                .setHeader(t("action.field.due"))
                .setAutoWidth(true);
        grid.addColumn(a -> t("action.status." + a.status().name()))
                .setHeader(t("action.field.status"));
        grid.setPartNameGenerator(a -> a.overdue() ? "overdue" : null);
        grid.setItems(
                q ->
                        actionItems
                                .openInRegion(r.regionId(), overdue, q.getOffset(), q.getLimit())
                                .stream());
        grid.setEmptyStateText(t("monitor.drill.empty"));
        dialog.add(grid);
        dialog.getFooter().add(new Button(t("common.close"), e -> dialog.close()));
        dialog.open();
    }

    private String t(String key) {
        return context.getTranslation(key);
    }
}
