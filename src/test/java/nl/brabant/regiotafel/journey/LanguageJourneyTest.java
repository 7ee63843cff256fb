package nl.brabant.regiotafel.journey;

import static nl.brabant.regiotafel.testsupport.SignIn.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import nl.brabant.regiotafel.IntegrationTest;
import nl.brabant.regiotafel.testsupport.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The language switch on the login page, the cookie that remembers it, and the account that keeps
 * it.
 */
@IntegrationTest
class LanguageJourneyTest {

    private static final String USER = "woningcorporatie.hvb";

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void backToDutch() {
        jdbc.update("UPDATE user_account SET language = NULL WHERE username = ?", USER);
    }

    @Test
    void theAccountKeepsEnglishAcrossSignOutAndOnAnotherBrowser() throws Exception {
        try (Browser browser = new Browser(port)) {
            browser.logIn(USER, DEMO_PASSWORD);
            browser.waitFor(By.cssSelector("vaadin-menu-bar-button"));
            browser.click(By.cssSelector("vaadin-menu-bar-button"));
            browser.click(By.xpath("//vaadin-menu-bar-item[contains(., 'Taal')]"));
            browser.click(By.xpath("//vaadin-menu-bar-item[contains(., 'English')]"));
            browser.waitForContent(By.tagName("vaadin-app-layout"), "Regions");
            browser.click(By.cssSelector("vaadin-menu-bar-button"));
            browser.click(By.xpath("//vaadin-menu-bar-item[contains(., 'Sign out')]"));
            browser.waitForPath("/login");

            browser.logIn(USER, DEMO_PASSWORD);
            browser.waitForContent(By.tagName("vaadin-app-layout"), "Regions");
            browser.click(By.cssSelector("vaadin-menu-bar-button"));
            browser.waitFor(By.xpath("//vaadin-menu-bar-item[contains(., 'Sign out')]"));
        }
        try (Browser elsewhere = new Browser(port)) {
            elsewhere.logIn(USER, DEMO_PASSWORD);
            elsewhere.waitForContent(By.tagName("vaadin-app-layout"), "Regions");
            elsewhere.click(By.cssSelector("vaadin-menu-bar-button"));
            elsewhere.waitFor(By.xpath("//vaadin-menu-bar-item[contains(., 'Sign out')]"));
            assertThat(elsewhere.cookie("regiotafel-taal"))
                    .as("the cookie follows the account")
                    .satisfies(c -> assertThat(c.getValue()).isEqualTo("en"));
            elsewhere.click(By.xpath("//vaadin-menu-bar-item[contains(., 'Language')]"));
            elsewhere.click(By.xpath("//vaadin-menu-bar-item[contains(., 'Nederlands')]"));
            elsewhere.waitForContent(By.tagName("vaadin-app-layout"), "Regio's");
        }
        assertThat(
                        jdbc.queryForObject(
                                "SELECT language FROM user_account WHERE username = ?",
                                String.class,
                                USER))
                .isEqualTo("nl");
    }

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
            assertThat(language.getExpiry())
                    .as("kept for a year, not just this browser session")
                    .isNotNull();
            assertThat(String.valueOf(browser.script("return document.cookie;")))
                    .doesNotContain("regiotafel-taal");
        }
    }
}
