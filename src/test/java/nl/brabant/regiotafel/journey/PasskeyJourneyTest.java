package nl.brabant.regiotafel.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import nl.brabant.regiotafel.IntegrationTest;
import nl.brabant.regiotafel.security.NewUser;
import nl.brabant.regiotafel.security.Role;
import nl.brabant.regiotafel.security.SecondFactorPolicy;
import nl.brabant.regiotafel.security.UserAdminService;
import nl.brabant.regiotafel.testsupport.Browser;
import nl.brabant.regiotafel.testsupport.SignIn;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.virtualauthenticator.HasVirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A province coordinator with the second-factor requirement on: after the password only the
 * second-factor page opens; they register a passkey in Chromium's virtual authenticator, confirm
 * with it, and later sign in with password plus passkey, and with the passkey alone.
 */
@IntegrationTest
class PasskeyJourneyTest {

    private static final String PASSWORD = "Regiotafel-test-2026";
    private static final By HOME = By.tagName("main");

    @LocalServerPort int port;
    @Autowired UserAdminService userAdmin;
    @Autowired UserDetailsService userDetails;
    @Autowired SecondFactorPolicy policy;
    @Autowired JdbcTemplate jdbc;

    @Test
    void coordinatorRegistersAPasskeyAndSignsInWithPasswordPlusPasskey() throws Exception {
        String username = "passkey.coordinator." + System.nanoTime() % 1_000_000;
        SignIn.as(userDetails, "beheerder");
        try {
            long id =
                    userAdmin
                            .createUser(
                                    new NewUser(username, "Petra Passkey", null, null, PASSWORD))
                            .id();
            userAdmin.addMembership(id, Role.PROVINCE_COORDINATOR, null);
        } finally {
            SignIn.out();
        }
        boolean before = policy.isRequired();
        policy.setRequired(true);
        try (Browser browser = new Browser(port)) {
            VirtualAuthenticator authenticator =
                    ((HasVirtualAuthenticator) browser.driver())
                            .addVirtualAuthenticator(
                                    new VirtualAuthenticatorOptions()
                                            .setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
                                            .setTransport(
                                                    VirtualAuthenticatorOptions.Transport.INTERNAL)
                                            .setHasResidentKey(true)
                                            .setHasUserVerification(true)
                                            .setIsUserVerified(true));

            // After the password: the second-factor page, and nothing else opens.
            browser.logIn(username, PASSWORD);
            browser.waitForPath("/tweede-factor");
            browser.waitForText(By.tagName("h1"), "Tweede factor");
            browser.waitFor(By.id("register-passkey"));
            browser.screenshot("passkey-01-register");
            browser.open("/regio/HVB");
            browser.waitForPath("/tweede-factor");
            browser.waitFor(By.id("register-passkey"));
            assertThat(browser.pageText()).doesNotContain("Regio Hart van Brabant");
            browser.open("/account/beveiliging");
            browser.waitForPath("/tweede-factor");

            // Register a passkey, then confirm this sign-in with it.
            browser.click(By.id("register-passkey"));
            browser.waitForText(By.id("second-factor-message"), "De passkey is geregistreerd");
            assertThat(
                            jdbc.queryForObject(
                                    "SELECT c.label FROM user_credentials c JOIN user_entities e"
                                            + " ON e.id = c.user_entity_user_id WHERE e.name = ?",
                                    String.class,
                                    username))
                    .isEqualTo("Mijn passkey");
            browser.click(By.id("confirm-passkey"));
            browser.waitForText(HOME, "Kies een regio");
            browser.screenshot("passkey-02-home-after-passkey");

            // The security page lists it.
            browser.open("/account/beveiliging");
            browser.waitForContent(By.id("passkeys"), "Mijn passkey");

            // Next sign-in: password, then the passkey.
            signOut(browser);
            browser.logIn(username, PASSWORD);
            browser.waitForPath("/tweede-factor");
            browser.waitFor(By.id("confirm-passkey"));
            browser.open("/regio/HVB");
            browser.waitForPath("/tweede-factor");
            browser.click(By.id("confirm-passkey"));
            browser.waitForText(HOME, "Kies een regio");
            browser.open("/regio/HVB");
            browser.waitForText(By.id("region-name"), "Regio Hart van Brabant");

            // And passwordless, from the login page.
            signOut(browser);
            browser.waitFor(By.id("passkey-login"));
            browser.click(By.id("passkey-login"));
            browser.waitForText(HOME, "Kies een regio");
            assertThat(browser.currentPath()).doesNotStartWith("/tweede-factor");
            browser.screenshot("passkey-03-passwordless");
            assertThat(authenticator).isNotNull();
        } finally {
            policy.setRequired(before);
        }
    }

    @Test
    void aPasskeySignInWithoutTheSessionsCsrfTokenIsRefused() throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> page =
                client.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        // Without the session's CSRF token Spring refuses the post outright.
        HttpResponse<String> forged =
                client.send(
                        HttpRequest.newBuilder(
                                        URI.create("http://localhost:" + port + "/login/webauthn"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"id\":\"AAAA\"}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        // Spring's CSRF filter refuses it: the anonymous visitor is sent to the login page.
        assertThat(forged.statusCode()).isEqualTo(302);
        assertThat(forged.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        HttpResponse<String> after =
                client.send(
                        HttpRequest.newBuilder(
                                        URI.create("http://localhost:" + port + "/regio/HVB"))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(after.statusCode()).isEqualTo(302);
    }

    private static void signOut(Browser browser) {
        browser.click(By.cssSelector("vaadin-menu-bar-button"));
        browser.click(By.xpath("//vaadin-menu-bar-item[contains(., 'Uitloggen')]"));
        browser.waitForPath("/login");
    }
}
