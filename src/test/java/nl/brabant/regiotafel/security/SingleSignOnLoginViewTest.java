package nl.brabant.regiotafel.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import nl.brabant.regiotafel.IntegrationTest;
import nl.brabant.regiotafel.security.ui.LoginView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;

/** The login page with single sign-on configured (as in the test profile): button and reasons. */
@IntegrationTest
@ViewPackages(classes = LoginView.class)
class SingleSignOnLoginViewTest extends SpringBrowserlessTest {

    @Autowired SingleSignOn singleSignOn;

    @Test
    @WithAnonymousUser
    void theLoginPageOffersTheProviderBesideTheForm() {
        navigate(LoginView.class);
        Anchor button = $(Anchor.class).id("login-sso");
        assertThat(button.getText()).isEqualTo("Inloggen via Testprovider");
        assertThat(button.getHref()).isEqualTo("oauth2/authorization/oidc");
        assertThat(button.getElement().hasAttribute("router-ignore")).isTrue();
        assertThat($(LoginForm.class).single().isVisible()).isTrue();
    }

    @Test
    @WithAnonymousUser
    void eachRefusalIsExplainedInDutch() {
        login("sso", "geen-account");
        assertThat(notice())
                .startsWith("Inloggen via Testprovider is gelukt, maar er is in Regiotafel geen");
        login("sso", "niet-bevestigd");
        assertThat(notice()).startsWith("Testprovider heeft niet bevestigd");
        login("sso", "uitgeschakeld");
        assertThat(notice())
                .isEqualTo(
                        "Uw account in Regiotafel is uitgeschakeld. Neem contact op met de beheerder.");
        login("sso", "niet-bereikbaar");
        assertThat(notice()).startsWith("Testprovider is op dit moment niet bereikbaar");
        login("sso", "mislukt");
        assertThat(notice()).startsWith("Inloggen via Testprovider is niet gelukt");
    }

    @Test
    @WithAnonymousUser
    void withLocalPasswordsOffOnlyTheProviderIsOffered() {
        singleSignOn.allowLocalPasswords(false);
        try {
            login("wachtwoorden-uit", "");
            assertThat($(LoginForm.class).exists()).as("no visible password form").isFalse();
            assertThat($(Anchor.class).id("login-sso").isVisible()).isTrue();
            assertThat(notice()).startsWith("Inloggen met een wachtwoord is hier uitgeschakeld");
        } finally {
            singleSignOn.allowLocalPasswords(true);
        }
    }

    /** The login page as a redirect leaves it: with a query parameter. */
    private void login(String parameter, String value) {
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of(parameter, value)));
    }

    private String notice() {
        Paragraph notice = $(Paragraph.class).id("login-notice");
        assertThat(notice.isVisible()).isTrue();
        return notice.getText();
    }
}
