package nl.brabant.regiotafel.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import nl.brabant.regiotafel.base.UserInputException;
import nl.brabant.regiotafel.security.AccountService;

/**
 * A new password: the current one first, then the new one twice. The rules are the service's; a
 * refusal is shown at the field it is about.
 */
class PasswordSection extends Section {

    PasswordSection(AccountService account, String sessionId) {
        addClassName("account-section");
        H2 heading = new H2(getTranslation("account.password.title"));
        PasswordField current = new PasswordField(getTranslation("account.password.current"));
        current.setId("account-password-current");
        current.setRequiredIndicatorVisible(true);
        current.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        NewPasswordFields next =
                new NewPasswordFields(
                        this,
                        "account.password.new",
                        "account.password.new.help",
                        "account.password.repeat",
                        "account.error.passwordsDiffer",
                        "account-password-new",
                        "account-password-repeat");
        Button save =
                new Button(
                        getTranslation("account.password.save"),
                        e -> {
                            current.setInvalid(false);
                            if (!next.match()) {
                                return;
                            }
                            try {
                                int ended =
                                        account.changePassword(
                                                current.getValue(), next.value(), sessionId);
                                current.clear();
                                next.clear();
                                Notification.show(
                                                getTranslation("account.password.changed", ended),
                                                6000,
                                                Notification.Position.BOTTOM_START)
                                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                            } catch (UserInputException refused) {
                                if (refused.messageKey().startsWith("password.")
                                        || refused.messageKey()
                                                .equals("account.error.samePassword")) {
                                    FieldErrors.show(next.password, refused);
                                } else {
                                    current.clear();
                                    FieldErrors.show(current, refused);
                                }
                            }
                        });
        save.setId("account-password-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(current, next.password, next.repeat);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(heading, form, save);
    }
}
