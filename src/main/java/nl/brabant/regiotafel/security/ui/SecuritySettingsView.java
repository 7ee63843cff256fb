package nl.brabant.regiotafel.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.util.List;
import nl.brabant.regiotafel.base.format.DateFormats;
import nl.brabant.regiotafel.security.PasskeyRow;
import nl.brabant.regiotafel.security.SecondFactorService;
import nl.brabant.regiotafel.security.SecondFactorStatus;

/**
 * "Beveiliging": the person's own passkeys (list, add with a label, delete after confirmation) and
 * one-time recovery codes (made ten at a time, shown once).
 */
@Route(SecuritySettingsView.ROUTE)
@PermitAll
public class SecuritySettingsView extends Main implements HasDynamicTitle {

    public static final String ROUTE = "account/beveiliging";

    private final SecondFactorService factors;
    private final Grid<PasskeyRow> passkeys = new Grid<>();
    private final Paragraph status = new Paragraph();
    private final Paragraph codes = new Paragraph();

    public SecuritySettingsView(SecondFactorService factors) {
        this.factors = factors;
        addClassName("page");
        status.setId("second-factor-status");
        passkeys.setId("passkeys");
        passkeys.addThemeVariants(GridVariant.LUMO_NO_BORDER);
        passkeys.setAllRowsVisible(true);
        passkeys.getElement().setAttribute("aria-label", getTranslation("passkey.list"));
        passkeys.addColumn(PasskeyRow::label).setHeader(getTranslation("passkey.label"));
        passkeys.addColumn(row -> when(row.created())).setHeader(getTranslation("passkey.created"));
        passkeys.addColumn(row -> when(row.lastUsed()))
                .setHeader(getTranslation("passkey.lastUsed"));
        passkeys.addComponentColumn(this::deleteButton)
                .setHeader(getTranslation("admin.users.actions"));
        passkeys.setEmptyStateText(getTranslation("passkey.none"));

        TextField label = new TextField(getTranslation("passkey.label"));
        label.setId("new-passkey-label");
        label.setMaxLength(100);
        label.setRequired(true);
        label.setValue(getTranslation("passkey.label.default"));
        Button add = new Button(getTranslation("passkey.register"));
        add.setId("add-passkey");
        add.setDisableOnClick(true);
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(
                e ->
                        PasskeyScript.register(
                                UI.getCurrent(),
                                label.getValue(),
                                outcome -> {
                                    add.setEnabled(true);
                                    notify(
                                            PasskeyMessages.registration(outcome),
                                            outcome == PasskeyScript.Outcome.OK);
                                    refresh();
                                }));
        HorizontalLayout addRow = new HorizontalLayout(label, add);
        addRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        codes.setId("recovery-status");
        Button makeCodes = new Button(getTranslation("recovery.generate"));
        makeCodes.setId("generate-recovery-codes");
        makeCodes.addClickListener(e -> confirmNewCodes());

        add(
                status,
                new H2(getTranslation("passkey.title")),
                passkeys,
                addRow,
                new H2(getTranslation("recovery.title")),
                new Paragraph(getTranslation("recovery.intro")),
                codes,
                makeCodes);
        refresh();
    }

    private Button deleteButton(PasskeyRow row) {
        Button delete = new Button(getTranslation("passkey.delete"), e -> confirmDelete(row));
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        delete.getElement()
                .setAttribute("aria-label", getTranslation("passkey.delete.named", row.label()));
        return delete;
    }

    private void confirmDelete(PasskeyRow row) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("passkey.delete.confirm.title", row.label()));
        SecondFactorStatus now = factors.status();
        dialog.setText(
                getTranslation(
                        now.required() && now.passkeys() == 1
                                ? "passkey.delete.confirm.last"
                                : "passkey.delete.confirm.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.setConfirmText(getTranslation("passkey.delete"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(
                e -> {
                    factors.deleteOwnPasskey(row.id());
                    notify("passkey.deleted", true);
                    refresh();
                });
        dialog.open();
    }

    private void confirmNewCodes() {
        if (factors.status().unusedRecoveryCodes() == 0) {
            showCodes(factors.newRecoveryCodes());
            return;
        }
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("recovery.generate"));
        dialog.setText(getTranslation("recovery.replace"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.setConfirmText(getTranslation("recovery.generate"));
        dialog.addConfirmListener(e -> showCodes(factors.newRecoveryCodes()));
        dialog.open();
    }

    private void showCodes(List<String> newCodes) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("recovery.shown.title"));
        OrderedList list = new OrderedList();
        list.setId("recovery-codes");
        list.addClassName("recovery-codes");
        newCodes.forEach(code -> list.add(new ListItem(code)));
        Button done = new Button(getTranslation("recovery.shown.done"), e -> dialog.close());
        done.setId("recovery-codes-done");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new Paragraph(getTranslation("recovery.shown.text")), list);
        dialog.getFooter().add(done);
        dialog.addOpenedChangeListener(
                e -> {
                    if (!e.isOpened()) {
                        refresh();
                    }
                });
        dialog.open();
        done.focus();
    }

    private void refresh() {
        SecondFactorStatus now = factors.status();
        status.setText(getTranslation(now.required() ? "security.required" : "security.optional"));
        passkeys.setItems(factors.ownPasskeys());
        codes.setText(getTranslation("recovery.unused", now.unusedRecoveryCodes()));
    }

    private String when(Instant at) {
        return at == null ? getTranslation("passkey.never") : DateFormats.dateTime(at, getLocale());
    }

    private void notify(String key, boolean success) {
        Notification.show(getTranslation(key), 5000, Notification.Position.BOTTOM_START)
                .addThemeVariants(
                        success
                                ? NotificationVariant.LUMO_SUCCESS
                                : NotificationVariant.LUMO_ERROR);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.nav");
    }
}
