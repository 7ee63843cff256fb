package nl.brabant.regiotafel.meeting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import nl.brabant.regiotafel.base.UserInputException;
import nl.brabant.regiotafel.base.format.DateFormats;
import nl.brabant.regiotafel.meeting.ActionItemRow;
import nl.brabant.regiotafel.meeting.ActionItemService;
import nl.brabant.regiotafel.meeting.ActionItemStatus;
import nl.brabant.regiotafel.meeting.MeetingRoutes;

/**
 * "My action items": everything assigned to me or my organisation, across my regions; overdue ones
 * stand out.
 */
@Route(MeetingRoutes.MY_ACTION_ITEMS)
@Menu(title = "action.mine.title", order = 20, icon = "vaadin:tasks")
@PermitAll
public class ActionItemsView extends Main implements HasDynamicTitle {

    public ActionItemsView(ActionItemService actionItems) {
        addClassName("page");
        add(new Paragraph(getTranslation("action.mine.intro")));
        Grid<ActionItemRow> grid = new Grid<>();
        grid.setId("my-action-items");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(ActionItemRow::description)
                .setHeader(getTranslation("action.field.description"))
                .setFlexGrow(3);
        grid.addColumn(AgendaPanel::owner)
                .setHeader(getTranslation("action.field.owner"))
                .setFlexGrow(2);
        grid.addComponentColumn(
                        a -> {
                            Span due = new Span(DateFormats.date(a.dueDate(), getLocale()));
                            if (a.overdue()) {
                                due.setText(
                                        due.getText() + " — " + getTranslation("action.overdue"));
                                due.addClassName("overdue-text");
                            }
                            return due;
                        })
                .setHeader(getTranslation("action.field.due"))
                .setAutoWidth(true);
        grid.addComponentColumn(
                        a ->
                                statusControl(
                                        a,
                                        actionItems,
                                        this,
                                        () -> grid.getDataProvider().refreshAll()))
                .setHeader(getTranslation("action.field.status"))
                .setAutoWidth(true);
        grid.setPartNameGenerator(a -> a.overdue() ? "overdue" : null);
        grid.setItems(
                q -> actionItems.mine(q.getOffset(), q.getLimit()).stream(),
                q -> actionItems.countMine());
        grid.setEmptyStateText(getTranslation("action.mine.empty"));
        grid.setAriaLabel(getTranslation("action.mine.title"));
        add(grid);
    }

    /** A status picker for those who may change it, else the status as text. */
    static Component statusControl(
            ActionItemRow row, ActionItemService actionItems, Component context, Runnable after) {
        if (!row.mayUpdate()) {
            return new Span(context.getTranslation("action.status." + row.status().name()));
        }
        Select<ActionItemStatus> status = new Select<>();
        status.setItems(ActionItemStatus.values());
        status.setItemLabelGenerator(s -> context.getTranslation("action.status." + s.name()));
        status.setValue(row.status());
        status.setAriaLabel(
                context.getTranslation("action.field.status") + ": " + row.description());
        status.addValueChangeListener(
                e -> {
                    if (!e.isFromClient()) {
                        return;
                    }
                    try {
                        actionItems.updateStatus(row.id(), e.getValue(), row.version());
                        Notification.show(
                                        context.getTranslation("common.saved"),
                                        2500,
                                        Notification.Position.BOTTOM_START)
                                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    } catch (UserInputException refused) {
                        Notification.show(
                                        context.getTranslation(
                                                refused.messageKey(), refused.arguments()),
                                        7000,
                                        Notification.Position.MIDDLE)
                                .addThemeVariants(NotificationVariant.LUMO_ERROR);
                    }
                    after.run();
                });
        return status;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("action.mine.title");
    }
}
