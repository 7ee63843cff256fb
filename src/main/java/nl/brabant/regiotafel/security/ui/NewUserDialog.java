package nl.brabant.regiotafel.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import nl.brabant.regiotafel.base.UserInputException;
import nl.brabant.regiotafel.base.ui.ComponentTexts;
import nl.brabant.regiotafel.region.OrganisationSummary;
import nl.brabant.regiotafel.region.RegionService;
import nl.brabant.regiotafel.security.NewUser;
import nl.brabant.regiotafel.security.UserAdminService;

/** Creates an account. The service checks every rule; the dialog shows its refusal at the field. */
class NewUserDialog extends Dialog {

    NewUserDialog(UserAdminService users, RegionService regions, Runnable onCreated) {
        setHeaderTitle(getTranslation("admin.users.new"));
        TextField username = new TextField(getTranslation("admin.users.username"));
        username.setRequiredIndicatorVisible(true);
        username.setHelperText(getTranslation("admin.users.username.help"));
        username.setMaxLength(100);
        TextField displayName = new TextField(getTranslation("admin.users.name"));
        displayName.setRequiredIndicatorVisible(true);
        displayName.setMaxLength(200);
        EmailField email = new EmailField(getTranslation("admin.users.email"));
        email.setMaxLength(254);
        ComboBox<OrganisationSummary> organisation =
                new ComboBox<>(getTranslation("admin.users.organisation"));
        ComponentTexts.localize(organisation);
        organisation.setItemLabelGenerator(OrganisationSummary::name);
        organisation.setItems(
                query ->
                        regions
                                .findOrganisations(
                                        query.getFilter().orElse(""),
                                        query.getOffset(),
                                        query.getLimit())
                                .stream());
        PasswordField password = new PasswordField(getTranslation("admin.users.password"));
        password.setRequiredIndicatorVisible(true);
        password.setHelperText(getTranslation("admin.users.password.help"));
        password.setMaxLength(128);
        FormLayout form = new FormLayout(username, displayName, email, organisation, password);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);

        Button save =
                new Button(
                        getTranslation("common.save"),
                        e -> {
                            try {
                                users.createUser(
                                        new NewUser(
                                                username.getValue(),
                                                displayName.getValue(),
                                                email.getValue(),
                                                organisation.getValue() == null
                                                        ? null
                                                        : organisation.getValue().id(),
                                                password.getValue()));
                                Notification.show(
                                                getTranslation(
                                                        "admin.users.created",
                                                        displayName.getValue()),
                                                4000,
                                                Notification.Position.BOTTOM_START)
                                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                                onCreated.run();
                                close();
                            } catch (UserInputException refused) {
                                String message =
                                        getTranslation(refused.messageKey(), refused.arguments());
                                switch (refused.messageKey()) {
                                    case "user.error.username", "user.error.usernameTaken" ->
                                            FieldErrors.show(username, message);
                                    case "user.error.displayName" ->
                                            FieldErrors.show(displayName, message);
                                    case "user.error.email" -> FieldErrors.show(email, message);
                                    case "password.error.tooShort",
                                            "password.error.tooLong",
                                            "password.error.tooManyBytes",
                                            "password.error.common",
                                            "password.error.username" ->
                                            FieldErrors.show(password, message);
                                    default -> FieldErrors.show(organisation, message);
                                }
                            }
                        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-user");
        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        getFooter().add(cancel, save);
    }
}
