package nl.brabant.regiotafel.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Optional;
import nl.brabant.regiotafel.base.UserInputException;
import nl.brabant.regiotafel.security.AccountRoutes;
import nl.brabant.regiotafel.security.PasswordResetService;

/**
 * The page behind a password-reset link: the new password, twice. Afterwards every session of the
 * account has ended and the person signs in with the new password.
 */
@Route(value = AccountRoutes.RESET_PASSWORD, autoLayout = false)
@AnonymousAllowed
public class ResetPasswordView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final PasswordResetService resets;
    private final AuthenticationContext authentication;

    public ResetPasswordView(PasswordResetService resets, AuthenticationContext authentication) {
        this.resets = resets;
        this.authentication = authentication;
        addClassName("login-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        if (authentication.isAuthenticated()) {
            Paragraph text = AccountCard.status("reset-message");
            text.setText(getTranslation("reset.error.signedIn"));
            Button signOut =
                    new Button(
                            getTranslation("account.signOutFirst"), e -> authentication.logout());
            add(AccountCard.of(this, "reset.title", text, signOut));
            return;
        }
        String token = event.getRouteParameters().get(AccountRoutes.TOKEN).orElse("");
        Optional<String> username = resets.open(token);
        if (username.isEmpty()) {
            add(invalid(getTranslation("reset.error.linkInvalid")));
            return;
        }
        add(form(token, username.get()));
    }

    private Div invalid(String message) {
        Paragraph text = AccountCard.status("reset-message");
        text.setText(message);
        return AccountCard.of(
                this,
                "reset.title",
                text,
                new RouterLink(getTranslation("reset.requestAgain"), ForgotPasswordView.class),
                AccountCard.toLogin(this));
    }

    private Div form(String token, String username) {
        Paragraph about = new Paragraph(getTranslation("reset.about", username));
        NewPasswordFields password =
                new NewPasswordFields(
                        this,
                        "reset.password",
                        "password.help",
                        "password.repeat",
                        "password.error.mismatch",
                        "reset-password",
                        "reset-repeat");
        FormLayout form = new FormLayout(password.password, password.repeat);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        Button save =
                new Button(
                        getTranslation("reset.submit"),
                        e -> {
                            if (!password.match()) {
                                return;
                            }
                            try {
                                String name = resets.reset(token, password.value());
                                LoginNotice.leave("reset.done", name);
                                UI.getCurrent().navigate(LoginView.class);
                            } catch (UserInputException refused) {
                                String message =
                                        getTranslation(refused.messageKey(), refused.arguments());
                                if (refused.messageKey().startsWith("password.error")) {
                                    FieldErrors.show(password.password, message);
                                } else {
                                    removeAll();
                                    add(invalid(message));
                                }
                            }
                        });
        save.setId("save-reset");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        return AccountCard.of(this, "reset.title", about, form, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reset.title") + " · " + getTranslation("app.name");
    }
}
