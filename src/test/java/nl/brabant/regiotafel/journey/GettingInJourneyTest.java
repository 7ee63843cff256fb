package nl.brabant.regiotafel.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.util.UUID;
import nl.brabant.regiotafel.IntegrationTest;
import nl.brabant.regiotafel.security.NewUser;
import nl.brabant.regiotafel.security.Role;
import nl.brabant.regiotafel.security.UserAdminService;
import nl.brabant.regiotafel.testsupport.AccountMailbox;
import nl.brabant.regiotafel.testsupport.Browser;
import nl.brabant.regiotafel.testsupport.SignIn;
import nl.brabant.regiotafel.testsupport.TestMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Getting in, in headless Chromium with the real e-mails from GreenMail: an officer invites an
 * agency person who follows the e-mailed link, chooses a password and lands in the region; a
 * forgotten password is reset from the e-mail and the session signed in before is gone.
 */
@IntegrationTest
class GettingInJourneyTest {

    @RegisterExtension static GreenMailExtension mail = TestMail.server();

    @LocalServerPort int port;
    @Autowired UserAdminService admin;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void anOfficerInvitesAnAgencyPersonWhoSetsAPasswordAndLandsInTheRegion() throws Exception {
        String email = "nadia." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        try (Browser officer = new Browser(port);
                Browser invitee = new Browser(port)) {
            officer.logIn("ambtenaar.hvb", SignIn.DEMO_PASSWORD);
            officer.waitForText(By.id("region-name"), "Regio Hart van Brabant");
            officer.waitForText(By.id("invitations"), "Er zijn geen openstaande uitnodigingen");
            officer.click(By.id("invite"));
            officer.type(By.cssSelector("#invite-email input"), email);
            officer.type(By.cssSelector("#invite-name input"), "Nadia Bakker");
            By organisation = By.cssSelector("#invite-organisation input");
            officer.type(organisation, "Uitzend");
            officer.waitFor(By.cssSelector("vaadin-combo-box-item"));
            officer.type(organisation, Keys.ARROW_DOWN);
            officer.type(organisation, Keys.ENTER);
            officer.screenshot("getting-in-01-invite-dialog");
            officer.click(By.id("send-invitation"));
            officer.waitForText(By.id("pending-invitations"), email);
            officer.screenshot("getting-in-02-pending");

            String link = AccountMailbox.path(mail, email, 1);
            assertThat(link).startsWith("uitnodiging/");
            invitee.open("/" + link);
            invitee.waitForText(By.id("invitation-about"), "Regio Hart van Brabant");
            invitee.waitForText(By.id("invitation-about"), "Partnerorganisatie");
            invitee.type(By.cssSelector("#accept-password input"), "1qaz2wsx3edc");
            invitee.type(By.cssSelector("#accept-repeat input"), "1qaz2wsx3edc");
            invitee.click(By.id("accept-invitation"));
            invitee.waitForText(By.id("accept-password"), "meest gebruikte wachtwoorden");
            invitee.screenshot("getting-in-03-weak-password");
            invitee.script(
                    "for (const id of ['accept-password','accept-repeat']) {"
                            + " document.getElementById(id).value = ''; }");
            invitee.type(By.cssSelector("#accept-password input"), "nadia werkt bij flex");
            invitee.type(By.cssSelector("#accept-repeat input"), "nadia werkt bij flex");
            invitee.click(By.id("accept-invitation"));
            invitee.waitForPath("/login");
            invitee.waitForText(By.id("login-notice"), "is gemaakt");
            invitee.screenshot("getting-in-04-account-made");
            String username =
                    jdbc.queryForObject(
                            "SELECT username FROM user_account WHERE email = ?",
                            String.class,
                            email);
            invitee.type(By.cssSelector("input[name='username']"), username);
            invitee.type(By.cssSelector("input[name='password']"), "nadia werkt bij flex");
            invitee.type(By.cssSelector("input[name='password']"), Keys.ENTER);
            invitee.waitForText(By.id("region-name"), "Regio Hart van Brabant");
            assertThat(invitee.currentPath()).startsWith("/regio/HVB");
            assertThat(invitee.pageText()).doesNotContain("Iemand uitnodigen");
            invitee.screenshot("getting-in-05-in-the-region");

            officer.open("/regio/HVB");
            officer.waitForText(By.id("members"), "Nadia Bakker");
            officer.waitForText(By.id("invitations"), "Er zijn geen openstaande uitnodigingen");
        }
    }

    @Test
    void aForgottenPasswordIsResetFromTheEmailAndTheOldSessionIsGone() throws Exception {
        String username = "vergeten." + UUID.randomUUID().toString().substring(0, 8);
        String email = username + "@example.org";
        SignIn.as(users, "beheerder");
        long id =
                admin.createUser(
                                new NewUser(
                                        username,
                                        "Victor Vergeten",
                                        email,
                                        null,
                                        "het oude wachtwoord"))
                        .id();
        admin.addMembership(id, Role.MUNICIPAL_OFFICER, regionId("HVB"));
        SignIn.out();
        try (Browser before = new Browser(port);
                Browser browser = new Browser(port)) {
            before.logIn(username, "het oude wachtwoord");
            before.waitForText(By.id("region-name"), "Regio Hart van Brabant");

            browser.open("/login");
            browser.click(By.xpath("//vaadin-button[contains(., 'Wachtwoord vergeten')]"));
            browser.waitForPath("/wachtwoord-vergeten");
            browser.type(By.cssSelector("#reset-email input"), email);
            browser.click(By.id("send-reset"));
            browser.waitForText(By.id("reset-answer"), "Als " + email + " bij een account hoort");
            browser.screenshot("getting-in-06-reset-requested");

            String link = AccountMailbox.path(mail, email, 1);
            assertThat(link).startsWith("wachtwoord-herstellen/");
            browser.open("/" + link);
            browser.type(By.cssSelector("#reset-password input"), "een nieuw en lang wachtwoord");
            browser.type(By.cssSelector("#reset-repeat input"), "een nieuw en lang wachtwoord");
            browser.click(By.id("save-reset"));
            browser.waitForPath("/login");
            browser.waitForText(By.id("login-notice"), "overal afgemeld");
            browser.screenshot("getting-in-07-reset-done");

            // the session signed in before the reset is gone
            before.open("/regio/HVB");
            before.waitForPath("/login");

            browser.logIn(username, "het oude wachtwoord");
            browser.waitForPath("/login?error");
            browser.logIn(username, "een nieuw en lang wachtwoord");
            browser.waitForText(By.id("region-name"), "Regio Hart van Brabant");

            // the link works once (a browser that is not signed in opens it)
            before.open("/" + link);
            before.waitForText(By.id("reset-message"), "werkt niet");
        }
    }

    private long regionId(String code) {
        return jdbc.queryForObject("SELECT id FROM region WHERE code = ?", Long.class, code);
    }
}
