package nl.brabant.regiotafel.journey;

import static nl.brabant.regiotafel.testsupport.SignIn.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import nl.brabant.regiotafel.IntegrationTest;
import nl.brabant.regiotafel.security.NewUser;
import nl.brabant.regiotafel.security.Role;
import nl.brabant.regiotafel.security.UserAdminService;
import nl.brabant.regiotafel.testsupport.Browser;
import nl.brabant.regiotafel.testsupport.SignIn;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Real-browser journeys in headless Chromium against the running application. */
@IntegrationTest
class SignInJourneyTest {

    private static final By REGION_NAME = By.id("region-name");

    @LocalServerPort int port;
    @Autowired UserAdminService userAdmin;
    @Autowired UserDetailsService userDetails;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aldermanSeesOwnRegionCannotOpenAnotherByUrlAndLogsOut() throws Exception {
        try (Browser browser = new Browser(port)) {
            browser.open("/");
            browser.waitForPath("/login");
            browser.waitFor(By.cssSelector("input[name='username']"));
            assertThat(browser.pageText()).contains("Inloggen", "Gebruikersnaam", "Wachtwoord");
            browser.screenshot("01-login");

            browser.logIn("wethouder.hvb", "verkeerd-wachtwoord");
            browser.waitForPath("/login?error");
            browser.waitForText(By.tagName("vaadin-login-form"), "Inloggen mislukt");
            browser.screenshot("02-login-error");

            browser.logIn("wethouder.hvb", DEMO_PASSWORD);
            browser.waitForText(REGION_NAME, "Regio Hart van Brabant");
            assertThat(browser.currentPath()).startsWith("/regio/HVB");
            browser.waitForText(By.id("members"), "Karin Mutsaers");
            assertThat(browser.pageText())
                    .contains("Gemeenten", "Tilburg", "Deelnemers", "Regiotafels")
                    .doesNotContain("Regio Breda e.o.");
            browser.screenshot("03-region-hvb");

            browser.open("/regio/BRE");
            browser.waitForText(By.tagName("h1"), "Pagina niet gevonden");
            assertThat(browser.pageText()).doesNotContain("Breda").doesNotContain("Exception");
            browser.screenshot("04-other-region-not-found");

            browser.open("/regio/HVB");
            browser.waitForText(REGION_NAME, "Regio Hart van Brabant");
            String session = browser.cookie("JSESSIONID").getValue();
            browser.click(By.cssSelector("vaadin-menu-bar-button"));
            browser.click(By.xpath("//vaadin-menu-bar-item[contains(., 'Uitloggen')]"));
            browser.waitForPath("/login");
            browser.waitFor(By.cssSelector("input[name='username']"));
            browser.open("/regio/HVB");
            browser.waitForPath("/login");
            // The browser holds a new cookie by now; the old one must open nothing either.
            HttpResponse<String> oldSession =
                    HttpClient.newHttpClient()
                            .send(
                                    HttpRequest.newBuilder(
                                                    URI.create(
                                                            "http://localhost:"
                                                                    + port
                                                                    + "/regio/HVB"))
                                            .header("Cookie", "JSESSIONID=" + session)
                                            .GET()
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString());
            assertThat(oldSession.statusCode()).isEqualTo(302);
            assertThat(oldSession.headers().firstValue("Location"))
                    .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        }
    }

    @Test
    void coordinatorSeesAllSevenRegions() throws Exception {
        try (Browser browser = new Browser(port)) {
            browser.logIn("coordinator", DEMO_PASSWORD);
            browser.waitForText(By.tagName("main"), "Kies een regio");
            assertThat(browser.findAll(By.cssSelector("a.region-card"))).hasSize(7);
            browser.screenshot("05-coordinator-home");
        }
    }

    @Test
    void disablingAUserEndsTheirOpenSession() throws Exception {
        SignIn.as(userDetails, "beheerder");
        long userId;
        try {
            userId =
                    userAdmin
                            .createUser(
                                    new NewUser(
                                            "sessie.test",
                                            "Sessie Test",
                                            null,
                                            null,
                                            DEMO_PASSWORD))
                            .id();
            userAdmin.addMembership(
                    userId,
                    Role.AGENCY,
                    jdbc.queryForObject("SELECT id FROM region WHERE code = 'PEEL'", Long.class));
        } finally {
            SignIn.out();
        }
        try (Browser browser = new Browser(port)) {
            browser.logIn("sessie.test", DEMO_PASSWORD);
            browser.waitForText(REGION_NAME, "Regio De Peel");

            SignIn.as(userDetails, "beheerder");
            try {
                userAdmin.setEnabled(userId, false);
            } finally {
                SignIn.out();
            }
            browser.open("/regio/PEEL");
            browser.waitForPath("/login");
            browser.logIn("sessie.test", DEMO_PASSWORD);
            browser.waitForPath("/login?error");
        }
    }
}
