package nl.brabant.regiotafel.journey;

import static nl.brabant.regiotafel.testsupport.SignIn.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import nl.brabant.regiotafel.IntegrationTest;
import nl.brabant.regiotafel.agreement.AgreementScope;
import nl.brabant.regiotafel.agreement.AgreementService;
import nl.brabant.regiotafel.agreement.ArticleRow;
import nl.brabant.regiotafel.region.Theme;
import nl.brabant.regiotafel.testsupport.Browser;
import nl.brabant.regiotafel.testsupport.SignIn;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Two people in one agreement, in two browsers: B sees A arrive and edit, sees A's saved text
 * without reloading, and a save that conflicts shows the conflict view; nothing is lost.
 */
@IntegrationTest
class AgreementJourneyTest {

    @LocalServerPort int port;
    @Autowired AgreementService agreements;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;

    @Test
    void twoEditorsSeeEachOtherAndLoseNothing() throws Exception {
        long agreement;
        ArticleRow article;
        SignIn.as(users, "ambtenaar.hvb");
        try {
            long hvb = jdbc.queryForObject("SELECT id FROM region WHERE code = 'HVB'", Long.class);
            long tilburg =
                    jdbc.queryForObject(
                            "SELECT id FROM municipality WHERE name = 'Tilburg'", Long.class);
            agreement =
                    agreements.create(
                            hvb,
                            "Journey-afspraken",
                            AgreementScope.INTEGRAL,
                            EnumSet.of(Theme.HOUSING),
                            Set.of(tilburg));
            article = agreements.addArticle(agreement, "Huisvesting", "Eerste tekst.");
        } finally {
            SignIn.out();
        }
        String page = "/regio/HVB/afspraken/" + agreement;

        try (Browser a = new Browser(port);
                Browser b = new Browser(port)) {
            b.logIn("wethouder.hvb", DEMO_PASSWORD);
            b.waitForText(By.id("region-name"), "Regio Hart van Brabant");
            b.open(page);
            b.waitForText(By.id("articles"), "Eerste tekst.");

            a.logIn("ambtenaar.hvb", DEMO_PASSWORD);
            a.waitForText(By.id("region-name"), "Regio Hart van Brabant");
            a.open(page);
            a.waitForText(By.id("articles"), "Eerste tekst.");
            b.waitForText(By.id("presence"), "Daan van Dongen");

            a.click(By.cssSelector(".edit-article"));
            b.waitForText(By.id("articles"), "Daan van Dongen bewerkt dit artikel");
            b.screenshot("20-b-sees-a-editing");
            WebElement body = a.waitFor(By.cssSelector("#article-body textarea"));
            body.sendKeys(Keys.END, " Aangevuld door A.");
            a.click(By.id("save-article"));
            // B's screen shows A's saved text without a reload.
            b.waitForText(By.id("articles"), "Eerste tekst. Aangevuld door A.");
            b.screenshot("21-b-sees-a-saved");

            // B starts editing; meanwhile A's colleague saves the same article from elsewhere.
            b.click(By.cssSelector(".edit-article"));
            WebElement bBody = b.waitFor(By.cssSelector("#article-body textarea"));
            bBody.sendKeys(Keys.END, " Aanvulling van B.");
            SignIn.as(users, "ambtenaar.hvb");
            try {
                ArticleRow now = agreements.get(agreement).articles().getFirst();
                agreements.saveArticle(
                        now.id(), now.heading(), "Tekst van een ander.", now.revision());
            } finally {
                SignIn.out();
            }
            b.click(By.id("save-article"));
            b.waitForText(By.id("conflict-dialog"), "Tekst van een ander.");
            assertThat(b.pageText()).contains("Aanvulling van B.");
            b.screenshot("22-b-conflict");
            b.click(By.id("keep-mine"));
            b.waitForText(By.id("articles"), "Aanvulling van B.");

            // History: compare the first text with the current one.
            b.click(By.xpath("//vaadin-tab[contains(., 'Geschiedenis')]"));
            b.click(By.id("run-compare"));
            b.waitFor(By.id("comparison"));
            b.screenshot("23-history-compare");
        }
        // Nothing lost: every text anyone saved or tried to save is in the history.
        assertThat(
                        jdbc.queryForList(
                                "SELECT body FROM revision WHERE article_id = ?",
                                String.class,
                                article.id()))
                .contains(
                        "Eerste tekst.",
                        "Eerste tekst. Aangevuld door A.",
                        "Tekst van een ander.",
                        "Eerste tekst. Aangevuld door A. Aanvulling van B.");
    }
}
