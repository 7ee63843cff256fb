package nl.brabant.regiotafel.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import nl.brabant.regiotafel.base.UserInputException;
import nl.brabant.regiotafel.security.AccountDetails;
import nl.brabant.regiotafel.security.AccountService;

/**
 * The own e-mail address. A new one is used only after the link sent to it is followed, so a typo
 * or someone else's address never takes over where the account's mail goes.
 */
class EmailSection extends Section {

    private final AccountService account;
    private final TextField current = new TextField();
    private final Div pending = new Div();

    EmailSection(AccountService account, AccountDetails mine) {
        this.account = account;
        addClassName("account-section");
        H2 heading = new H2(getTranslation("account.email.title"));
        current.setLabel(getTranslation("account.email.current"));
        current.setId("account-email");
        current.setReadOnly(true);
        pending.setId("account-email-pending");
        EmailField next = new EmailField(getTranslation("account.email.new"));
        next.setId("account-email-new");
        next.setMaxLength(254);
        next.setHelperText(getTranslation("account.email.new.help"));
        Button send =
                new Button(
                        getTranslation("account.email.send"),
                        e -> {
                            try {
                                account.requestEmailChange(next.getValue());
                                next.clear();
                                next.setInvalid(false);
                                show(account.mine());
                            } catch (UserInputException refused) {
                                FieldErrors.show(next, refused);
                            }
                        });
        send.setId("account-email-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(current, next);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(heading, form, send, pending);
        show(mine);
    }

    private void show(AccountDetails mine) {
        current.setValue(
                mine.email() == null ? getTranslation("account.email.none") : mine.email());
        pending.removeAll();
        if (mine.pendingEmail() != null) {
            Paragraph note =
                    new Paragraph(getTranslation("account.email.pending", mine.pendingEmail()));
            Button cancel =
                    new Button(
                            getTranslation("account.email.cancel"),
                            e -> {
                                account.cancelEmailChange();
                                show(account.mine());
                            });
            cancel.setId("account-email-cancel");
            cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            pending.add(note, cancel);
            // Said to screen readers too: the change is not done yet.
            pending.getElement().setAttribute("role", "status");
        }
    }
}
