package nl.brabant.regiotafel.journey;

import static nl.brabant.regiotafel.testsupport.SignIn.DEMO_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.brabant.regiotafel.IntegrationTest;
import nl.brabant.regiotafel.meeting.AgendaService;
import nl.brabant.regiotafel.meeting.MeetingService;
import nl.brabant.regiotafel.publication.PublicationService;
import nl.brabant.regiotafel.testsupport.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Every page a signed-in user reaches, in Dutch and in English, checked by axe-core against WCAG
 * 2.1 A and AA in the real browser, as users get it (production mode): zero violations. A rule is
 * only left out with the upstream issue that explains why. Plus the keyboard: the skip link and the
 * meeting links in a grid.
 */
@IntegrationTest
class AccessibilityJourneyTest {

    private static final List<String> WCAG_21_AA =
            List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired MeetingService meetings;
    @Autowired AgendaService agendas;
    @Autowired PublicationService publications;
    @Autowired UserDetailsService users;

    private final List<String> violations = new ArrayList<>();
    private int pagesChecked;

    @Test
    void everyPageMeetsWcag21AaInDutchAndEnglish() throws Exception {
        long meeting =
                jdbc.queryForObject(
                        "SELECT MAX(m.id) FROM meeting m JOIN region r ON r.id = m.region_id"
                                + " WHERE r.code = 'HVB'",
                        Long.class);
        long agreement =
                jdbc.queryForObject(
                        "SELECT MAX(a.id) FROM agreement a JOIN region r ON r.id = a.region_id"
                                + " WHERE r.code = 'HVB'",
                        Long.class);
        try (Browser browser = new Browser(port)) {
            for (String language : List.of("nl", "en")) {
                tour(browser, language, meeting, agreement);
            }
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/axe-violations.txt"), String.join("\n", violations));
        assertThat(violations).as("WCAG 2.1 A/AA violations found by axe-core").isEmpty();
        assertThat(pagesChecked).as("pages checked").isEqualTo(2 * 20);
    }

    /**
     * The public (Woo) site, which nobody signs in to: the start page, a region with and one
     * without publications, a publication and the not-found page.
     */
    @Test
    void thePublicSiteMeetsWcag21Aa() throws Exception {
        WooFixture published = WooFixture.publish(meetings, agendas, publications, users, jdbc);
        try (Browser browser = new Browser(port)) {
            for (String path :
                    List.of(
                            "/openbaar",
                            "/openbaar/HVB",
                            "/openbaar/KA2",
                            published.publicPath(),
                            "/openbaar/publicatie/onbekend")) {
                browser.open(path);
                browser.waitFor(By.tagName("h1"));
                // Server-rendered pages without Vaadin: nothing to settle once loaded.
                analyze(browser, "nl", "public site " + path);
            }
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(
                Path.of("target/axe-violations-public.txt"), String.join("\n", violations));
        assertThat(violations).as("WCAG 2.1 A/AA violations found by axe-core").isEmpty();
        assertThat(pagesChecked).as("pages checked").isEqualTo(5);
    }

    private void tour(Browser browser, String language, long meeting, long agreement) {
        browser.driver().manage().deleteAllCookies();
        browser.open("/login");
        browser.waitFor(By.cssSelector("input[name='username']"));
        if (language.equals("en")) {
            browser.click(By.xpath("//vaadin-button[normalize-space(.)='English']"));
            browser.waitForText(By.tagName("vaadin-login-form"), "Username");
        }
        check(browser, language, "login");
        browser.open("/wachtwoord-vergeten");
        browser.waitFor(By.id("reset-email"));
        check(browser, language, "forgot password");
        browser.open("/uitnodiging/" + "x".repeat(43));
        browser.waitFor(By.id("invitation-message"));
        check(browser, language, "invitation link that does not work");

        browser.logIn("beheerder", DEMO_PASSWORD);
        browser.waitFor(By.tagName("vaadin-app-layout"));
        browser.open("/beheer/gebruikers");
        browser.waitFor(By.tagName("vaadin-grid"));
        check(browser, language, "user admin");
        browser.open("/bestaat-niet");
        browser.waitFor(By.cssSelector("vaadin-app-layout .not-found"));
        check(browser, language, "not found");

        // A new session (sign-out), the language cookie stays.
        browser.deleteCookie("JSESSIONID");
        browser.logIn("coordinator", DEMO_PASSWORD);
        browser.waitFor(By.cssSelector(".region-cards"));
        check(browser, language, "home");
        browser.open("/regio/HVB");
        browser.waitFor(By.id("region-name"));
        check(browser, language, "region workspace");
        browser.click(By.id("invite"));
        browser.waitFor(By.id("invite-email"));
        check(browser, language, "invite dialog");
        browser.press(Keys.ESCAPE);

        browser.open("/regio/HVB/regiotafel/" + meeting);
        browser.waitFor(By.id("meeting-status"));
        checkEveryTab(browser, language, "meeting");

        browser.open("/regio/HVB/afspraken/" + agreement);
        browser.waitFor(By.id("agreement-status"));
        checkEveryTab(browser, language, "agreement");
        browser.click(By.xpath("(//vaadin-tabsheet//vaadin-tab)[2]"));
        browser.click(By.id("run-compare"));
        browser.waitFor(By.id("comparison"));
        check(browser, language, "agreement compare");

        browser.open("/mijn-actiepunten");
        browser.waitFor(By.tagName("vaadin-grid"));
        check(browser, language, "my action items");
        browser.open("/meldingen");
        browser.waitFor(By.cssSelector("vaadin-app-layout main, vaadin-app-layout [role=main]"));
        check(browser, language, "notifications");
        browser.open("/monitor");
        browser.waitFor(By.tagName("vaadin-grid"));
        check(browser, language, "monitor");
    }

    private void checkEveryTab(Browser browser, String language, String page) {
        int tabs = browser.findAll(By.cssSelector("vaadin-tabsheet vaadin-tab")).size();
        assertThat(tabs).as(page + " tabs").isGreaterThan(1);
        for (int i = 1; i <= tabs; i++) {
            browser.click(By.xpath("(//vaadin-tabsheet//vaadin-tab)[" + i + "]"));
            browser.waitFor(By.xpath("(//vaadin-tabsheet//vaadin-tab)[" + i + "][@selected]"));
            check(browser, language, page + " tab " + i);
        }
    }

    private void check(Browser browser, String language, String page) {
        browser.settle();
        if (!browser.findAll(By.tagName("vaadin-dev-tools")).isEmpty()) {
            violations.add(language + " " + page + ": Vaadin's development mode (dev tools) is on");
        }
        analyze(browser, language, page);
    }

    private void analyze(Browser browser, String language, String page) {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser.driver());
        pagesChecked++;
        if (results.isErrored()) {
            violations.add(language + " " + page + ": axe failed: " + results.getErrorMessage());
        }
        for (Rule rule : results.getViolations()) {
            StringBuilder line =
                    new StringBuilder(
                            language
                                    + " "
                                    + page
                                    + " ("
                                    + browser.currentPath()
                                    + "): "
                                    + rule.getId()
                                    + " ["
                                    + rule.getImpact()
                                    + "] "
                                    + rule.getHelp());
            for (CheckedNode node : rule.getNodes()) {
                line.append("\n    ")
                        .append(node.getTarget())
                        .append("  ")
                        .append(node.getHtml())
                        .append("\n      ")
                        .append(String.valueOf(node.getFailureSummary()).replace("\n", " "));
            }
            violations.add(line.toString());
        }
    }

    @Test
    void theFirstTabStopSkipsToTheContentAndMeetingLinksAreTabStops() throws Exception {
        try (Browser browser = new Browser(port)) {
            browser.logIn("ambtenaar.hvb", DEMO_PASSWORD);
            browser.waitForText(By.id("region-name"), "Regio Hart van Brabant");
            browser.settle();
            browser.script(
                    "document.activeElement && document.activeElement.blur(); window.focus();");

            browser.press(Keys.TAB);
            WebElement skip = browser.focused();
            assertThat(skip.getText()).isEqualTo("Naar de inhoud");
            browser.press(Keys.ENTER);
            String inMain =
                    String.valueOf(
                            browser.script(
                                    "const a = document.activeElement;"
                                            + " return !!a && a.parentElement.tagName === 'VAADIN-APP-LAYOUT' && !a.hasAttribute('slot');"));
            assertThat(inMain).as("focus moved to the main content").isEqualTo("true");

            // From the content on, a few tabs reach the first meeting link in the meetings list.
            String reached = null;
            for (int i = 0; i < 15 && reached == null; i++) {
                browser.press(Keys.TAB);
                WebElement now = browser.focused();
                String href = now.getAttribute("href");
                if (href != null && href.contains("/regiotafel/")) {
                    reached = href;
                }
            }
            assertThat(reached).as("a meeting link in the list is a tab stop").isNotNull();
            browser.press(Keys.ENTER);
            browser.waitFor(By.id("meeting-status"));
            assertThat(browser.currentPath()).contains("/regio/HVB/regiotafel/");
        }
    }
}
