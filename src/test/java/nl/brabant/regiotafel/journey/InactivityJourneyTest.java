package nl.brabant.regiotafel.journey;

import static nl.brabant.regiotafel.testsupport.SignIn.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import nl.brabant.regiotafel.IntegrationTest;
import nl.brabant.regiotafel.security.InactivityLimits;
import nl.brabant.regiotafel.security.ui.InactivityGuard;
import nl.brabant.regiotafel.testsupport.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The inactivity time-out in a real browser, shortened for this one session: 8 seconds, warned 5
 * seconds before the end. Heartbeats keep coming the whole time, as from any open tab.
 */
@IntegrationTest
class InactivityJourneyTest {

    private static final InactivityLimits SHORT =
            new InactivityLimits(Duration.ofSeconds(8), Duration.ofSeconds(5));
    private static final By STAY = By.id("stay-signed-in");

    /**
     * What a Vaadin tab sends every few minutes to say it is still open; here every half second.
     */
    private static final String HEARTBEATS =
            """
            const client = Object.values(window.Vaadin.Flow.clients).find(c => c.getUIId);
            window.heartbeatAnswers = [];
            setInterval(() => fetch('./?v-r=heartbeat&v-uiId=' + client.getUIId(), {method: 'POST'})
                    .then(r => window.heartbeatAnswers.push(r.status)), 500);""";

    @LocalServerPort int port;
    @Autowired InactivityGuard guard;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aQuietSessionIsWarnedKeepsWhatWasTypedWhenExtendedAndEndsWhenNobodyAnswers()
            throws Exception {
        try (Browser browser = new Browser(port)) {
            browser.logIn("beheerder", DEMO_PASSWORD);
            browser.waitForText(By.tagName("main"), "Welkom");
            browser.open("/beheer/gebruikers");
            browser.click(By.id("new-user"));
            WebElement username =
                    browser.waitFor(By.cssSelector("vaadin-dialog vaadin-text-field input"));
            username.sendKeys("stil.test");
            WebElement name =
                    browser.findAll(By.cssSelector("vaadin-dialog vaadin-text-field input")).get(1);
            name.sendKeys("Stil Test");
            // Still in the field: the name has not been sent to the server yet.
            String session = browser.cookie("JSESSIONID").getValue();
            guard.limitSession(session, SHORT);
            browser.script(HEARTBEATS);

            // Nothing happens but heartbeats: the warning comes, as an alert dialog with the focus
            // on its button.
            WebElement stay = browser.waitFor(STAY);
            assertThat(browser.pageText())
                    .contains("Bent u er nog?", "Uw sessie verloopt over 5 seconden");
            assertThat(browser.script("return document.activeElement.id;"))
                    .isEqualTo("stay-signed-in");
            assertThat(
                            browser.script(
                                    "return arguments[0].closest('[role=alertdialog]') !== null;",
                                    stay))
                    .isEqualTo(true);
            assertThat(browser.script("return window.heartbeatAnswers;").toString())
                    .contains("200");
            browser.screenshot("inactivity-01-warning");

            stay.click();
            browser.waitUntilGone(STAY);
            assertThat(name.getDomProperty("value")).isEqualTo("Stil Test");
            browser.findAll(By.cssSelector("vaadin-dialog vaadin-password-field input"))
                    .getFirst()
                    .sendKeys(DEMO_PASSWORD);
            browser.click(By.id("save-user"));
            browser.waitUntilGone(By.id("save-user"));
            assertThat(
                            jdbc.queryForObject(
                                    "SELECT display_name FROM user_account WHERE username = 'stil.test'",
                                    String.class))
                    .as("what was typed before the warning reached the server")
                    .isEqualTo("Stil Test");

            // Now nobody answers the warning: the session ends and the page shows why.
            browser.waitFor(STAY);
            browser.waitForPath("/login?inactief");
            browser.waitForText(
                    By.id("login-notice"), "U bent uitgelogd omdat u 30 minuten niet actief was");
            browser.screenshot("inactivity-02-signed-out");

            HttpResponse<String> oldSession =
                    HttpClient.newHttpClient()
                            .send(
                                    HttpRequest.newBuilder(
                                                    URI.create(
                                                            "http://localhost:"
                                                                    + port
                                                                    + "/beheer/gebruikers"))
                                            .header("Cookie", "JSESSIONID=" + session)
                                            .GET()
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString());
            assertThat(oldSession.statusCode()).as("the old session opens nothing").isEqualTo(302);
            assertThat(oldSession.headers().firstValue("Location"))
                    .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        }
    }
}
