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
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.Instant;
import java.util.List;
import nl.brabant.regiotafel.agreement.CommitmentRow;
import nl.brabant.regiotafel.agreement.CommitmentService;
import nl.brabant.regiotafel.base.UserInputException;
import nl.brabant.regiotafel.base.format.DateFormats;
import nl.brabant.regiotafel.base.ui.ComponentTexts;
import nl.brabant.regiotafel.monitor.HeldMeeting;
import nl.brabant.regiotafel.monitor.MonitorService;
import nl.brabant.regiotafel.monitor.RegionFigures;
import nl.brabant.regiotafel.monitor.TimelineEntry;

/**
 * The lists behind the dashboard's figures, each in a dialog with links to the items themselves.
 */
final class MonitorDialogs {

    private MonitorDialogs() {}

    static void heldMeetings(
            Component context,
            MonitorService monitor,
            RegionFigures region,
            int year,
            Runnable afterPlannedChange) {
        Dialog dialog =
                dialog(
                        context,
                        context.getTranslation("monitor.meetings")
                                + " – "
                                + region.name()
                                + " "
                                + year);
        List<HeldMeeting> held = monitor.heldMeetings(region.regionId(), year);
        Grid<HeldMeeting> grid = new Grid<>();
        grid.addColumn(m -> format(context, m.startsAt()))
                .setHeader(context.getTranslation("meeting.field.date"))
                .setAutoWidth(true);
        grid.addComponentColumn(m -> new Anchor(m.link(), m.title()))
                .setHeader(context.getTranslation("meeting.field.title"));
        grid.setItems(held);
        grid.setEmptyStateText(context.getTranslation("monitor.drill.noMeetings"));
        grid.setAllRowsVisible(true);
        dialog.add(grid);
        if (monitor.maySetPlanned(region.regionId())) {
            IntegerField planned = new IntegerField(context.getTranslation("monitor.planned"));
            ComponentTexts.localize(planned);
            planned.setMin(0);
            planned.setMax(52);
            planned.setStepButtonsVisible(true);
            planned.setValue(region.meetingsPlanned());
            planned.setId("planned-per-year");
            Button save =
                    new Button(
                            context.getTranslation("common.save"),
                            e -> {
                                try {
                                    monitor.setPlannedMeetings(
                                            region.regionId(),
                                            planned.getValue() == null ? -1 : planned.getValue());
                                    dialog.close();
                                    afterPlannedChange.run();
                                } catch (UserInputException refused) {
                                    planned.setErrorMessage(
                                            context.getTranslation(refused.messageKey()));
                                    planned.setInvalid(true);
                                }
                            });
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            dialog.add(new Div(planned, save));
        }
        dialog.open();
    }

    static void commitments(
            Component context, CommitmentService commitments, RegionFigures region) {
        Dialog dialog =
                dialog(
                        context,
                        context.getTranslation("monitor.commitments") + " – " + region.name());
        Grid<CommitmentRow> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(CommitmentRow::description)
                .setHeader(context.getTranslation("commitment.field.description"))
                .setFlexGrow(3);
        grid.addColumn(CommitmentRow::owner)
                .setHeader(context.getTranslation("commitment.field.owner"));
        grid.addColumn(
                        c ->
                                c.reached().stripTrailingZeros().toPlainString()
                                        + " / "
                                        + c.targetValue().stripTrailingZeros().toPlainString()
                                        + " "
                                        + c.unit())
                .setHeader(context.getTranslation("commitment.progress"));
        grid.addColumn(c -> context.getTranslation("commitment.status." + c.status().name()))
                .setHeader(context.getTranslation("action.field.status"));
        grid.setItems(
                region.agreementId() == null ? List.of() : commitments.of(region.agreementId()));
        grid.setEmptyStateText(context.getTranslation("commitment.empty"));
        grid.setAllRowsVisible(true);
        dialog.add(grid);
        dialog.open();
    }

    static void timeline(Component context, MonitorService monitor, RegionFigures region) {
        Dialog dialog =
                dialog(context, context.getTranslation("monitor.timeline") + " – " + region.name());
        Grid<TimelineEntry> grid = new Grid<>();
        grid.setId("timeline");
        grid.addColumn(t -> format(context, t.at()))
                .setHeader(context.getTranslation("notification.when"))
                .setAutoWidth(true);
        grid.addComponentColumn(t -> new Anchor(t.link(), label(context, t)))
                .setHeader(context.getTranslation("monitor.event"));
        grid.setItems(monitor.timeline(region.regionId()));
        grid.setEmptyStateText(context.getTranslation("monitor.timeline.empty"));
        // A region's history is tens of entries, not thousands: all rows, and the dialog scrolls.
        grid.setAllRowsVisible(true);
        dialog.add(grid);
        dialog.open();
    }

    private static String label(Component context, TimelineEntry entry) {
        String[] parts = entry.label().split("\\|", 2);
        if (entry.kind() == TimelineEntry.Kind.MEETING) {
            return parts[0] + " (" + context.getTranslation("meeting.status." + parts[1]) + ")";
        }
        String detail = parts.length > 1 && !parts[1].isEmpty() ? ": " + parts[1] : "";
        return context.getTranslation("audit." + parts[0]) + detail;
    }

    private static Dialog dialog(Component context, String title) {
        Dialog dialog = new Dialog();
        dialog.setId("drill-down");
        dialog.setHeaderTitle(title);
        dialog.setWidth("min(60rem, 95vw)");
        dialog.getFooter()
                .add(new Button(context.getTranslation("common.close"), e -> dialog.close()));
        return dialog;
    }

    private static String format(Component context, Instant at) {
        return DateFormats.date(at, UI.getCurrent().getLocale());
    }
}
