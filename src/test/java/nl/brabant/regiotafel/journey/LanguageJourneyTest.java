package nl.brabant.regiotafel.journey;

import static org.assertj.core.api.Assertions.assertThat;

import nl.brabant.regiotafel.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The language switch on the login page, and the cookie that remembers it. */
@WebIntegrationTest
class LanguageJourneyTest {

    @LocalServerPort int port;

    @Test
    void englishIsRememberedInACookieThatNoScriptCanRead() throws Exception {
        try (Browser browser = new Browser(port)) {
            browser.open("/login");
            browser.waitFor(By.cssSelector("input[name='username']"));
            browser.click(By.xpath("//vaadin-button[normalize-space(.)='English']"));
            browser.waitForText(By.tagName("vaadin-login-form"), "Username");

            Cookie language = browser.cookie("regiotafel-taal");
            assertThat(language).isNotNull();
            assertThat(language.getValue()).isEqualTo("en");
            assertThat(language.isHttpOnly()).isTrue();
            assertThat(language.getSameSite()).isEqualTo("Lax");
            assertThat(language.getPath()).isEqualTo("/");
            assertThat(language.isSecure()).as("plain http here; Secure comes with TLS").isFalse();
            assertThat(language.getExpiry()).as("kept for a year, not just this browser session").isNotNull();
            assertThat(String.valueOf(browser.script("return document.cookie;"))).doesNotContain("regiotafel-taal");
        }
    }
}
