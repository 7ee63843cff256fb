package nl.brabant.regiotafel.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import nl.brabant.regiotafel.base.format.DateFormats;
import nl.brabant.regiotafel.notification.NotificationRow;
import nl.brabant.regiotafel.notification.NotificationService;

/** The in-app notifications of the signed-in person, newest first. */
@Route("meldingen")
@Menu(title = "notification.title", order = 40, icon = "vaadin:bell")
@PermitAll
public class NotificationsView extends Main implements HasDynamicTitle {

    public NotificationsView(NotificationService notifications) {
        addClassName("page");
        Grid<NotificationRow> grid = new Grid<>();
        grid.setId("notifications");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(n -> DateFormats.dateTime(n.createdAt(), getLocale()))
                .setHeader(getTranslation("notification.when"))
                .setAutoWidth(true);
        grid.addComponentColumn(
                        n -> {
                            String text =
                                    getTranslation("notification.kind." + n.kind().name())
                                            + ": "
                                            + n.subject();
                            Span label = new Span(text);
                            if (!n.read()) {
                                label.addClassName("unread");
                            }
                            return n.link() == null ? label : new Anchor(n.link(), label);
                        })
                .setHeader(getTranslation("notification.what"))
                .setFlexGrow(3);
        grid.setItems(
                q -> notifications.mine(q.getOffset(), q.getLimit()).stream(),
                q -> notifications.countMine());
        grid.setEmptyStateText(getTranslation("notification.empty"));
        grid.setAriaLabel(getTranslation("notification.title"));
        Button markRead =
                new Button(
                        getTranslation("notification.markRead"),
                        e -> {
                            notifications.markAllRead();
                            grid.getDataProvider().refreshAll();
                        });
        add(markRead, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notification.title");
    }
}
