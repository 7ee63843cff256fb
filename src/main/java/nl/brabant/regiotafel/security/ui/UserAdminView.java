package nl.brabant.regiotafel.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import nl.brabant.regiotafel.region.RegionService;
import nl.brabant.regiotafel.security.InvitationService;
import nl.brabant.regiotafel.security.UserAdminService;
import nl.brabant.regiotafel.security.UserRow;

/** Administration: list, find, create, disable and enable users; open a user's memberships. */
@Route("beheer/gebruikers")
@Menu(title = "admin.users.title", order = 90, icon = "vaadin:user-card")
@RolesAllowed("ADMIN")
public class UserAdminView extends Main implements HasDynamicTitle {

    private final UserAdminService users;
    private final RegionService regions;
    private final Grid<UserRow> grid = new Grid<>();
    private final ConfigurableFilterDataProvider<UserRow, Void, String> data;

    public UserAdminView(
            UserAdminService users, RegionService regions, InvitationService invitations) {
        this.users = users;
        this.regions = regions;
        addClassName("page");

        TextField filter = new TextField();
        filter.setPlaceholder(getTranslation("admin.users.search"));
        filter.setAriaLabel(getTranslation("admin.users.search"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        Button create =
                new Button(
                        getTranslation("admin.users.new"),
                        VaadinIcon.PLUS.create(),
                        e -> new NewUserDialog(users, regions, this::refresh).open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-user");
        Button invite =
                new Button(
                        getTranslation("invitation.invite"),
                        VaadinIcon.ENVELOPE_O.create(),
                        e ->
                                new InviteDialog(invitations, regions, null, null, this::refresh)
                                        .open());
        invite.setId("invite");
        Div toolbar = new Div(filter, create, invite);
        toolbar.addClassName("toolbar");

        data =
                DataProvider.<UserRow, String>fromFilteringCallbacks(
                                query ->
                                        users
                                                .findUsers(
                                                        query.getFilter().orElse(""),
                                                        query.getOffset(),
                                                        query.getLimit())
                                                .stream(),
                                query -> users.countUsers(query.getFilter().orElse("")))
                        .withConfigurableFilter();
        filter.addValueChangeListener(e -> data.setFilter(e.getValue()));

        grid.setId("users");
        // The list fills the page below the toolbar; long texts wrap instead of being cut off, and
        // the
        // short columns (user name, status, actions) keep their natural width while the others
        // share the rest.
        addClassName("page-fill");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(UserRow::displayName)
                .setHeader(getTranslation("admin.users.name"))
                .setAutoWidth(true)
                .setFlexGrow(1);
        grid.addColumn(UserRow::username)
                .setHeader(getTranslation("admin.users.username"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(UserRow::organisationName)
                .setHeader(getTranslation("admin.users.organisation"))
                .setWidth("10rem")
                .setFlexGrow(1);
        grid.addColumn(this::rolesText)
                .setHeader(getTranslation("admin.users.memberships"))
                .setWidth("10rem")
                .setFlexGrow(2);
        grid.addComponentColumn(this::status)
                .setHeader(getTranslation("admin.users.status"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::actions)
                .setHeader(getTranslation("admin.users.actions"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(data);
        grid.setAriaLabel(getTranslation("admin.users.title"));
        add(toolbar, grid);
    }

    private String rolesText(UserRow row) {
        if (row.memberships().isEmpty()) {
            return getTranslation("admin.users.noMemberships");
        }
        return row.memberships().stream()
                .map(
                        m ->
                                getTranslation("role." + m.role().name())
                                        + (m.regionCode() == null
                                                ? ""
                                                : " (" + m.regionCode() + ")"))
                .collect(Collectors.joining(", "));
    }

    private Span status(UserRow row) {
        Span badge =
                new Span(
                        getTranslation(
                                row.enabled() ? "admin.users.enabled" : "admin.users.disabled"));
        badge.getElement().getThemeList().add(row.enabled() ? "badge success" : "badge error");
        return badge;
    }

    private Div actions(UserRow row) {
        Button memberships =
                new Button(
                        getTranslation("admin.users.editMemberships"),
                        e -> new MembershipsDialog(users, regions, row, this::refresh).open());
        memberships.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button toggle =
                new Button(
                        getTranslation(
                                row.enabled() ? "admin.users.disable" : "admin.users.enable"),
                        e -> confirmToggle(row));
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        if (row.enabled()) {
            toggle.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        return new Div(memberships, toggle);
    }

    private void confirmToggle(UserRow row) {
        ConfirmDialog dialog = new ConfirmDialog();
        boolean disable = row.enabled();
        dialog.setHeader(
                getTranslation(
                        disable
                                ? "admin.users.disable.confirm.title"
                                : "admin.users.enable.confirm.title",
                        row.displayName()));
        dialog.setText(
                getTranslation(
                        disable
                                ? "admin.users.disable.confirm.text"
                                : "admin.users.enable.confirm.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.setConfirmText(
                getTranslation(disable ? "admin.users.disable" : "admin.users.enable"));
        if (disable) {
            dialog.setConfirmButtonTheme("error primary");
        }
        dialog.addConfirmListener(
                e -> {
                    users.setEnabled(row.id(), !disable);
                    Notification.show(
                                    getTranslation(
                                            disable
                                                    ? "admin.users.disabled.done"
                                                    : "admin.users.enabled.done",
                                            row.displayName()),
                                    4000,
                                    Notification.Position.BOTTOM_START)
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    refresh();
                });
        dialog.open();
    }

    private void refresh() {
        data.refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.users.title");
    }
}
