package nl.brabant.regiotafel.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import nl.brabant.regiotafel.base.UserInputException;
import nl.brabant.regiotafel.security.AccountDetails;
import nl.brabant.regiotafel.security.AccountService;

/** The own name (shown to others), with the username and organisation for reference. */
class AccountNameSection extends Section {

    AccountNameSection(AccountService account, AccountDetails mine) {
        addClassName("account-section");
        H2 heading = new H2(getTranslation("account.details.title"));
        TextField username = new TextField(getTranslation("admin.users.username"));
        username.setId("account-username");
        username.setValue(mine.username());
        username.setReadOnly(true);
        TextField organisation = new TextField(getTranslation("admin.users.organisation"));
        organisation.setValue(
                mine.organisationName() == null
                        ? getTranslation("account.details.noOrganisation")
                        : mine.organisationName());
        organisation.setReadOnly(true);
        TextField name = new TextField(getTranslation("account.details.name"));
        name.setId("account-name");
        name.setHelperText(getTranslation("account.details.name.help"));
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(200);
        name.setValue(mine.displayName());
        Button save =
                new Button(
                        getTranslation("account.details.save"),
                        e -> {
                            try {
                                account.changeName(name.getValue());
                                // The header shows the name: draw the page again with it.
                                UI.getCurrent().getPage().reload();
                            } catch (UserInputException refused) {
                                FieldErrors.show(name, refused);
                            }
                        });
        save.setId("account-name-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(username, organisation, name);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(heading, form, save);
    }
}
