package nl.brabant.regiotafel.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import nl.brabant.regiotafel.base.UserInputException;
import nl.brabant.regiotafel.security.SecondFactorService;
import nl.brabant.regiotafel.security.SecondFactorStatus;

/**
 * The step after the password for people whose role requires a second factor: register a first
 * passkey, then confirm this sign-in with it, or with a one-time recovery code. Nothing else opens
 * until that is done ({@link SecondFactorGate}).
 */
@Route(value = SecondFactorView.ROUTE, autoLayout = false)
@PermitAll
public class SecondFactorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "tweede-factor";

    private final SecondFactorService factors;
    private final Div content = new Div();
    private final Paragraph message = new Paragraph();

    public SecondFactorView(SecondFactorService factors, AuthenticationContext authentication) {
        this.factors = factors;
        addClassName("login-page");
        message.setId("second-factor-message");
        message.addClassName("login-notice");
        message.getElement().setAttribute("role", "alert");
        message.setVisible(false);
        Button logout = new Button(getTranslation("layout.logout"), e -> authentication.logout());
        logout.setId("second-factor-logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div card = new Div(new H1(getTranslation("secondFactor.title")), message, content, logout);
        card.addClassName("login-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        SecondFactorStatus status = factors.status();
        if (!status.pending()) {
            event.forwardTo("");
            return;
        }
        show(status);
    }

    private void show(SecondFactorStatus status) {
        content.removeAll();
        if (status.passkeys() == 0) {
            showRegistration();
        } else {
            showConfirmation(status);
        }
    }

    private void showRegistration() {
        Paragraph intro = new Paragraph(getTranslation("secondFactor.register.intro"));
        TextField label = new TextField(getTranslation("passkey.label"));
        label.setId("passkey-label");
        label.setValue(getTranslation("passkey.label.default"));
        label.setMaxLength(100);
        label.setRequired(true);
        label.setWidthFull();
        Button register = new Button(getTranslation("passkey.register"));
        register.setId("register-passkey");
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        register.setDisableOnClick(true);
        register.addClickListener(
                e ->
                        PasskeyScript.register(
                                UI.getCurrent(),
                                label.getValue(),
                                outcome -> {
                                    register.setEnabled(true);
                                    if (outcome == PasskeyScript.Outcome.OK) {
                                        say("passkey.registered");
                                        show(factors.status());
                                    } else {
                                        say(PasskeyMessages.registration(outcome));
                                    }
                                }));
        content.add(new H2(getTranslation("secondFactor.register.title")), intro, label, register);
    }

    private void showConfirmation(SecondFactorStatus status) {
        Paragraph intro = new Paragraph(getTranslation("secondFactor.confirm.intro"));
        Button confirm = new Button(getTranslation("secondFactor.confirm"));
        confirm.setId("confirm-passkey");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setDisableOnClick(true);
        confirm.addClickListener(
                e ->
                        PasskeyScript.authenticate(
                                UI.getCurrent(),
                                outcome -> {
                                    confirm.setEnabled(true);
                                    if (outcome == PasskeyScript.Outcome.OK) {
                                        UI.getCurrent().navigate("");
                                    } else {
                                        say(PasskeyMessages.confirmation(outcome));
                                    }
                                }));
        content.add(intro, confirm);
        if (status.unusedRecoveryCodes() > 0) {
            TextField code = new TextField(getTranslation("secondFactor.recovery.code"));
            code.setId("recovery-code");
            code.setHelperText(getTranslation("secondFactor.recovery.help"));
            code.setMaxLength(20);
            code.setWidthFull();
            Button use = new Button(getTranslation("secondFactor.recovery.use"));
            use.setId("use-recovery-code");
            use.addClickListener(e -> useRecoveryCode(code));
            code.addKeyPressListener(Key.ENTER, e -> useRecoveryCode(code));
            content.add(new H2(getTranslation("secondFactor.recovery.title")), code, use);
        }
    }

    private void useRecoveryCode(TextField code) {
        try {
            factors.confirmWithRecoveryCode(code.getValue());
            UI.getCurrent().navigate("");
        } catch (UserInputException refused) {
            code.clear();
            say(refused.messageKey());
        }
    }

    private void say(String key) {
        message.setText(getTranslation(key));
        message.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("secondFactor.title") + " · " + getTranslation("app.name");
    }
}
