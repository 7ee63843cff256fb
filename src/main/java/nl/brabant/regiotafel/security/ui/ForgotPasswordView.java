package nl.brabant.regiotafel.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import nl.brabant.regiotafel.security.AccountRoutes;
import nl.brabant.regiotafel.security.PasswordResetService;

/**
 * "Wachtwoord vergeten?": the e-mail address of the account; the answer is the same whether or not
 * it belongs to one.
 */
@Route(value = AccountRoutes.FORGOT_PASSWORD, autoLayout = false)
@AnonymousAllowed
public class ForgotPasswordView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final AuthenticationContext authentication;

    public ForgotPasswordView(PasswordResetService resets, AuthenticationContext authentication) {
        this.authentication = authentication;
        addClassName("login-page");
        Paragraph intro =
                new Paragraph(getTranslation("reset.request.intro", resets.validity().toMinutes()));
        EmailField email = new EmailField(getTranslation("reset.request.email"));
        email.setId("reset-email");
        email.setMaxLength(254);
        email.setRequiredIndicatorVisible(true);
        email.setAutocomplete(Autocomplete.EMAIL);
        email.setWidthFull();
        Paragraph answer = AccountCard.status("reset-answer");
        Button send =
                new Button(
                        getTranslation("reset.request.submit"),
                        e -> {
                            if (email.getValue().isBlank()) {
                                FieldErrors.show(email, getTranslation("reset.request.required"));
                                return;
                            }
                            email.setInvalid(false);
                            VaadinRequest request = VaadinRequest.getCurrent();
                            resets.request(
                                    email.getValue(),
                                    request == null ? null : request.getRemoteAddr());
                            answer.setText(getTranslation("reset.request.sent", email.getValue()));
                            email.clear();
                        });
        send.setId("send-reset");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickShortcut(Key.ENTER);
        send.setDisableOnClick(false);
        add(
                AccountCard.of(
                        this,
                        "reset.request.title",
                        intro,
                        email,
                        send,
                        answer,
                        AccountCard.toLogin(this)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reset.request.title") + " · " + getTranslation("app.name");
    }
}
