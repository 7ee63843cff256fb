package nl.brabant.regiotafel.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import nl.brabant.regiotafel.base.UserInputException;
import nl.brabant.regiotafel.region.OrganisationType;
import nl.brabant.regiotafel.security.OrganisationAdminService;
import nl.brabant.regiotafel.security.OrganisationRow;

/**
 * Creates an organisation ({@code existing} null) or renames and retypes one. The service checks
 * every rule; the dialog shows its refusal at the field and keeps what was typed.
 */
class OrganisationDialog extends Dialog {

    OrganisationDialog(
            OrganisationAdminService organisations, OrganisationRow existing, Runnable onSaved) {
        setHeaderTitle(
                existing == null
                        ? getTranslation("admin.organisations.new")
                        : getTranslation("admin.organisations.edit.title", existing.name()));
        TextField name = new TextField(getTranslation("admin.organisations.name"));
        name.setId("organisation-name");
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(200);
        name.setWidthFull();
        Select<OrganisationType> type = new Select<>();
        type.setId("organisation-type");
        type.setLabel(getTranslation("admin.organisations.type"));
        type.setRequiredIndicatorVisible(true);
        type.setItemLabelGenerator(t -> getTranslation("organisationType." + t.name()));
        if (existing != null && existing.ofMunicipality()) {
            // Shown, not offered: a municipality's organisation stays of type municipality.
            type.setItems(OrganisationType.MUNICIPALITY);
            type.setValue(OrganisationType.MUNICIPALITY);
            type.setReadOnly(true);
            type.setHelperText(getTranslation("organisation.error.municipalityKeepsType"));
        } else {
            type.setItems(
                    Arrays.stream(OrganisationType.values())
                            .filter(t -> t != OrganisationType.MUNICIPALITY)
                            .toList());
        }
        if (existing != null) {
            name.setValue(existing.name());
            type.setValue(existing.type());
        }
        FormLayout form = new FormLayout(name, type);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);

        Button save =
                new Button(
                        getTranslation("common.save"),
                        e -> {
                            try {
                                if (existing == null) {
                                    organisations.create(name.getValue(), type.getValue());
                                } else {
                                    organisations.update(
                                            existing.id(), name.getValue(), type.getValue());
                                }
                                Notification.show(
                                                getTranslation(
                                                        "admin.organisations.saved",
                                                        name.getValue().strip()),
                                                4000,
                                                Notification.Position.BOTTOM_START)
                                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                                onSaved.run();
                                close();
                            } catch (UserInputException refused) {
                                String message =
                                        getTranslation(refused.messageKey(), refused.arguments());
                                if (refused.messageKey().startsWith("organisation.error.name")
                                        || refused.messageKey().startsWith("input.error")) {
                                    FieldErrors.show(name, message);
                                } else {
                                    FieldErrors.show(type, message);
                                }
                            }
                        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-organisation");
        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        getFooter().add(cancel, save);
    }
}
