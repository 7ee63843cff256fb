package nl.brabant.regiotafel.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import nl.brabant.regiotafel.base.UserInputException;
import nl.brabant.regiotafel.base.ui.ComponentTexts;
import nl.brabant.regiotafel.region.RegionService;
import nl.brabant.regiotafel.region.RegionSummary;
import nl.brabant.regiotafel.security.MembershipRow;
import nl.brabant.regiotafel.security.Role;
import nl.brabant.regiotafel.security.UserAdminService;
import nl.brabant.regiotafel.security.UserRow;

/** Adds and removes a user's memberships: a role in one region, or a province role for all. */
class MembershipsDialog extends Dialog {

    private final UserAdminService users;
    private final UserRow user;
    private final Grid<MembershipRow> grid = new Grid<>();
    private final Runnable onChange;

    MembershipsDialog(
            UserAdminService users, RegionService regions, UserRow user, Runnable onChange) {
        this.users = users;
        this.user = user;
        this.onChange = onChange;
        setHeaderTitle(getTranslation("admin.memberships.title", user.displayName()));
        setWidth("min(44rem, 95vw)");

        grid.addColumn(m -> getTranslation("role." + m.role().name()))
                .setHeader(getTranslation("region.members.role"));
        grid.addColumn(
                        m ->
                                m.regionName() == null
                                        ? getTranslation("admin.memberships.allRegions")
                                        : m.regionName())
                .setHeader(getTranslation("admin.memberships.region"));
        grid.addComponentColumn(this::removeButton).setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("admin.memberships.title", user.displayName()));
        grid.setEmptyStateText(getTranslation("admin.memberships.empty"));

        Select<Role> role = new Select<>();
        role.setLabel(getTranslation("region.members.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        ComboBox<RegionSummary> region = new ComboBox<>(getTranslation("admin.memberships.region"));
        ComponentTexts.localize(region);
        region.setItems(regions.allRegions());
        region.setItemLabelGenerator(RegionSummary::name);
        role.addValueChangeListener(
                e -> {
                    boolean all = e.getValue() != null && e.getValue().isAllRegions();
                    region.setEnabled(!all);
                    region.setHelperText(
                            all ? getTranslation("admin.memberships.allRegions") : null);
                    if (all) {
                        region.clear();
                    }
                });
        Button add =
                new Button(
                        getTranslation("admin.memberships.add"),
                        e -> {
                            try {
                                users.addMembership(
                                        user.id(),
                                        role.getValue(),
                                        region.getValue() == null ? null : region.getValue().id());
                                role.clear();
                                region.clear();
                                refresh();
                            } catch (UserInputException refused) {
                                Notification.show(
                                                getTranslation(
                                                        refused.messageKey(), refused.arguments()),
                                                5000,
                                                Notification.Position.MIDDLE)
                                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
                            }
                        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div addRow = new Div(role, region, add);
        addRow.addClassName("toolbar");
        add(grid, addRow);
        getFooter().add(new Button(getTranslation("common.close"), e -> close()));
        refresh();
    }

    private Button removeButton(MembershipRow membership) {
        Button remove =
                new Button(
                        getTranslation("common.remove"),
                        e -> {
                            ConfirmDialog confirm = new ConfirmDialog();
                            confirm.setHeader(getTranslation("admin.memberships.remove.title"));
                            confirm.setText(
                                    getTranslation(
                                            "admin.memberships.remove.text",
                                            getTranslation("role." + membership.role().name()),
                                            user.displayName()));
                            confirm.setCancelable(true);
                            confirm.setCancelText(getTranslation("common.cancel"));
                            confirm.setConfirmText(getTranslation("common.remove"));
                            confirm.setConfirmButtonTheme("error primary");
                            confirm.addConfirmListener(
                                    ok -> {
                                        try {
                                            users.removeMembership(membership.id());
                                            refresh();
                                        } catch (UserInputException refused) {
                                            Notification.show(
                                                            getTranslation(
                                                                    refused.messageKey(),
                                                                    refused.arguments()),
                                                            5000,
                                                            Notification.Position.MIDDLE)
                                                    .addThemeVariants(
                                                            NotificationVariant.LUMO_ERROR);
                                        }
                                    });
                            confirm.open();
                        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(
                getTranslation("common.remove")
                        + " "
                        + getTranslation("role." + membership.role().name()));
        return remove;
    }

    private void refresh() {
        grid.setItems(users.memberships(user.id()));
        onChange.run();
    }
}
