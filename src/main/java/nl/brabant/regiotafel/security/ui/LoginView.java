package nl.brabant.regiotafel.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import nl.brabant.regiotafel.base.ui.ComponentTexts;
import nl.brabant.regiotafel.base.ui.LocaleSupport;
import nl.brabant.regiotafel.security.EndedSessionExit;
import nl.brabant.regiotafel.security.InactivityLimits;
import nl.brabant.regiotafel.security.LoginCsrfFilter;
import nl.brabant.regiotafel.security.SingleSignOn;
import org.springframework.security.web.csrf.CsrfToken;

/** The sign-in page, in Dutch unless English was chosen. One generic error for every failure. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final Paragraph notice = new Paragraph();
    private final AuthenticationContext authentication;
    private final InactivityLimits limits;
    private final SingleSignOn singleSignOn;

    public LoginView(
            AuthenticationContext authentication,
            InactivityLimits limits,
            SingleSignOn singleSignOn) {
        this.authentication = authentication;
        this.limits = limits;
        this.singleSignOn = singleSignOn;
        addClassName("login-page");
        form.setAction("login");
        // "Wachtwoord vergeten?" opens the page that mails a reset link.
        form.setForgotPasswordButtonVisible(true);
        form.addForgotPasswordListener(e -> UI.getCurrent().navigate(ForgotPasswordView.class));
        form.setI18n(i18n("login.error"));
        form.setVisible(singleSignOn.localPasswords());

        H1 title = new H1(getTranslation("app.name"));
        Paragraph tagline = new Paragraph(getTranslation("login.tagline"));
        boolean english = LocaleSupport.ENGLISH.getLanguage().equals(getLocale().getLanguage());
        Button language =
                new Button(
                        english ? "Nederlands" : "English",
                        e ->
                                LocaleSupport.switchTo(
                                        UI.getCurrent(),
                                        english ? LocaleSupport.DUTCH : LocaleSupport.ENGLISH));
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        language.getElement().setAttribute("lang", english ? "nl" : "en");
        notice.setId("login-notice");
        notice.addClassName("login-notice");
        notice.getElement().setAttribute("role", "status");
        notice.setVisible(false);
        Div card = new Div(title, tagline, notice);
        if (singleSignOn.isConfigured()) {
            card.add(singleSignOnLink());
            if (singleSignOn.localPasswords()) {
                Paragraph or = new Paragraph(getTranslation("login.sso.or"));
                or.addClassName("login-or");
                card.add(or);
            }
        }
        card.add(form, passkeyButton(), language);
        card.addClassName("login-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        var parameters = event.getLocation().getQueryParameters().getParameters();
        LoginNotice.take()
                .ifPresent(
                        left -> {
                            notice.setText(getTranslation(left.key(), left.argument()));
                            notice.setVisible(true);
                        });
        if (parameters.containsKey("blocked")) {
            form.setI18n(i18n("login.blocked"));
            form.setError(true);
        } else if (parameters.containsKey(LOGIN_UNAVAILABLE)) {
            form.setI18n(i18n("login.unavailable"));
            form.setError(true);
        } else if (parameters.containsKey("error")) {
            form.setError(true);
        } else if (parameters.containsKey(LoginCsrfFilter.EXPIRED_PARAMETER)) {
            notice.setText(getTranslation("login.expired"));
            notice.setVisible(true);
        } else if (parameters.containsKey(SingleSignOn.REFUSAL_PARAMETER)) {
            SingleSignOn.Refusal.ofParameter(
                            parameters.get(SingleSignOn.REFUSAL_PARAMETER).getFirst())
                    .ifPresent(
                            refusal ->
                                    show(
                                            getTranslation(
                                                    "login.sso." + refusal.parameter(),
                                                    singleSignOn.name())));
        } else if (parameters.containsKey(SingleSignOn.PASSWORDS_OFF_PARAMETER)) {
            show(getTranslation("login.sso.passwords-off", singleSignOn.name()));
        } else if (parameters.containsKey(EndedSessionExit.LANDING_PARAMETER)) {
            notice.setText(
                    getTranslation(
                            "login.inactive",
                            InactivityWarning.spell(this, limits.inactivityTimeout())));
            notice.setVisible(true);
        }
    }

    /**
     * "Inloggen met passkey": passwordless sign-in for people who registered a passkey, through
     * Spring Security's own script ({@code /login/webauthn.js}, its {@code setupLogin}): on success
     * the browser goes where Spring says, on failure to {@code /login?error}.
     */
    private Button passkeyButton() {
        Button passkey = new Button(getTranslation("login.passkey"));
        passkey.setId("passkey-login");
        passkey.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        passkey.setWidthFull();
        CsrfToken token = PasskeyScript.csrfToken();
        passkey.getElement()
                .executeJs(
                        "const button = this;"
                                + " const headers = {}; headers[$0] = $1;"
                                + " const start = () => window.setupLogin(headers, $2, button);"
                                + " if (window.setupLogin) { start(); } else {"
                                + " const script = document.createElement('script');"
                                + " script.src = $2 + '/login/webauthn.js'; script.onload = start;"
                                + " document.head.appendChild(script); }",
                        token == null ? "X-CSRF-TOKEN" : token.getHeaderName(),
                        token == null ? "" : token.getToken(),
                        PasskeyScript.contextPath());
        return passkey;
    }

    /**
     * "Inloggen via ...": a plain link to Spring Security's redirect to the provider, outside
     * Vaadin's router (the browser must really go there).
     */
    private Anchor singleSignOnLink() {
        Anchor link =
                new Anchor(
                        SingleSignOn.AUTHORIZATION_PATH.substring(1),
                        getTranslation("login.sso.button", singleSignOn.name()));
        link.setId("login-sso");
        link.addClassName("login-sso");
        link.getElement().setAttribute("router-ignore", true);
        return link;
    }

    private void show(String text) {
        notice.setText(text);
        notice.setVisible(true);
    }

    /**
     * {@code /login?unavailable}: the password could not be checked because the database is
     * unreachable.
     */
    public static final String LOGIN_UNAVAILABLE = "unavailable";

    /**
     * Vaadin's texts of the form, with the error texts under {@code errorKey.title} and {@code
     * errorKey.message}.
     */
    private LoginI18n i18n(String errorKey) {
        LoginI18n i18n = ComponentTexts.login(this);
        i18n.getErrorMessage().setTitle(getTranslation(errorKey + ".title"));
        i18n.getErrorMessage().setMessage(getTranslation(errorKey + ".message"));
        return i18n;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.name");
    }
}
