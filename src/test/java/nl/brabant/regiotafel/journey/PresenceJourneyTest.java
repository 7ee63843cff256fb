package nl.brabant.regiotafel.journey;

import static nl.brabant.regiotafel.testsupport.SignIn.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import nl.brabant.regiotafel.IntegrationTest;
import nl.brabant.regiotafel.agreement.AgreementScope;
import nl.brabant.regiotafel.agreement.AgreementService;
import nl.brabant.regiotafel.region.Theme;
import nl.brabant.regiotafel.testsupport.Browser;
import nl.brabant.regiotafel.testsupport.SignIn;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A browser that dies in the middle of editing: the other person sees it leave the document and its
 * article become free within the presence time-out (here 30 s, with heartbeats every 10 s; in
 * production 60 s and 20 s), while their own live browser stays.
 */
@IntegrationTest
class PresenceJourneyTest {

    @LocalServerPort int port;
    @Autowired AgreementService agreements;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;

    @Value("${regiotafel.collaboration.presence-timeout}")
    Duration presenceTimeout;

    @Value("${vaadin.heartbeatInterval}")
    int heartbeatSeconds;

    @Test
    void aKilledBrowserLeavesThePresenceAndItsArticleWithinTheTimeOut() throws Exception {
        String page = "/regio/PEEL/afspraken/" + anAgreement();
        try (Browser observer = new Browser(port)) {
            Browser crashing = new Browser(port);
            try {
                observer.logIn("wethouder.peel", DEMO_PASSWORD);
                observer.waitForText(By.id("region-name"), "Regio De Peel");
                observer.open(page);
                observer.waitForText(By.id("articles"), "Eerste tekst.");

                crashing.logIn("ambtenaar.peel", DEMO_PASSWORD);
                crashing.waitForText(By.id("region-name"), "Regio De Peel");
                crashing.open(page);
                crashing.click(By.cssSelector(".edit-article"));
                crashing.waitFor(By.cssSelector("#article-body textarea"));
                observer.waitForText(By.id("presence"), "Femke Verberne – bewerkt artikel 1");
                observer.waitForText(By.id("articles"), "Femke Verberne bewerkt dit artikel");

                crashing.kill();
                long killed = System.nanoTime();
                // At most one heartbeat interval since its last sign, the time-out, and one sweep.
                Duration bound =
                        presenceTimeout
                                .plusSeconds(heartbeatSeconds)
                                .plus(presenceTimeout.dividedBy(6))
                                .plusSeconds(10);
                observer.waitForTextGone(By.id("presence"), "Femke Verberne", bound);
                Duration gone = Duration.ofNanos(System.nanoTime() - killed);
                System.out.printf(
                        "The killed browser left the presence bar %.1f s after it was killed%n",
                        gone.toMillis() / 1000.0);

                assertThat(observer.pageText())
                        .doesNotContain("Femke Verberne bewerkt dit artikel");
                // The observer's own browser, in the document longer than the time-out, is still
                // there.
                assertThat(observer.findAll(By.cssSelector("#presence .person")))
                        .singleElement()
                        .satisfies(chip -> assertThat(chip.getText()).contains("Wim Manders (u)"));
                // And the article is free at once, without waiting for the idle time.
                observer.click(By.cssSelector(".edit-article"));
                observer.waitFor(By.cssSelector("#article-body textarea"));
                assertThat(observer.findAll(By.id("take-over"))).isEmpty();
            } finally {
                try {
                    crashing.close();
                } catch (Exception alreadyDead) {
                    // The driver finds its browser gone, as it should.
                }
            }
        }
    }

    private long anAgreement() {
        SignIn.as(users, "ambtenaar.peel");
        try {
            long region =
                    jdbc.queryForObject("SELECT id FROM region WHERE code = 'PEEL'", Long.class);
            long municipality =
                    jdbc.queryForObject(
                            "SELECT MIN(id) FROM municipality WHERE region_id = ?",
                            Long.class,
                            region);
            long agreement =
                    agreements.create(
                            region,
                            "Aanwezigheid " + System.nanoTime(),
                            AgreementScope.INTEGRAL,
                            EnumSet.of(Theme.HOUSING),
                            Set.of(municipality));
            agreements.addArticle(agreement, "Huisvesting", "Eerste tekst.");
            return agreement;
        } finally {
            SignIn.out();
        }
    }
}
