package nl.brabant.regiotafel.agreement.ui;

import static nl.brabant.regiotafel.testsupport.Windows.editButton;
import static nl.brabant.regiotafel.testsupport.Windows.receiveUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.BrowserlessUserContext;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.brabant.regiotafel.IntegrationTest;
import nl.brabant.regiotafel.agreement.AgreementScope;
import nl.brabant.regiotafel.agreement.AgreementService;
import nl.brabant.regiotafel.agreement.ArticleRow;
import nl.brabant.regiotafel.region.Theme;
import nl.brabant.regiotafel.testsupport.SignIn;
import nl.brabant.regiotafel.testsupport.Windows;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Article locks between windows, as two people (or one person in two tabs) see them: a take-over
 * closes the previous editor and keeps its text; one's own article comes back at once.
 */
@IntegrationTest
class ArticleLockViewsTest {

    @Autowired ApplicationContext spring;
    @Autowired UserDetailsService users;
    @Autowired AgreementService agreements;
    @Autowired JdbcTemplate jdbc;

    @Value("${regiotafel.collaboration.idle-take-over}")
    Duration idleTakeOver;

    private Windows windows;

    @BeforeEach
    void setUp() {
        windows = new Windows(spring, users);
    }

    @AfterEach
    void tearDown() {
        windows.close();
    }

    @Test
    void whenSomeoneTakesOverAnIdleArticleTheEditorClosesAtOnceAndItsTextIsKept()
            throws InterruptedException {
        ArticleRow article = anAgreementWithOneArticle("Overname");
        BrowserlessUIContext ria = windows.signedIn("wethouder.ka2").newWindow();
        BrowserlessUIContext stijn = windows.signedIn("ambtenaar.ka2").newWindow();
        ria.navigate(pageOf(article), AgreementView.class);
        ria.test(editButton(ria, 0)).click();
        ria.test(ria.find(TextArea.class).id("article-body"))
                .setValue("Eerste tekst. Half af, nog niet opgeslagen.");

        // Ria walks away from her screen; after the idle time Stijn takes over.
        Thread.sleep(idleTakeOver.toMillis() + 200);
        stijn.navigate(pageOf(article), AgreementView.class);
        stijn.test(editButton(stijn, 0)).click();
        stijn.test(stijn.find(Button.class).id("take-over")).click();
        assertThat(stijn.find(TextArea.class).id("article-body").getValue())
                .isEqualTo("Eerste tekst.");

        // Ria's window hears it at once: her editor is gone and she is told where her text is.
        receiveUntil(ria, () -> ria.find(TextArea.class).all().isEmpty());
        String told = textOf(ria.find(Notification.class).id("lock-lost"));
        assertThat(told)
                .contains("heeft het bewerken van artikel 1 van u overgenomen")
                .contains("revisie #");
        assertThat(ria.find(Div.class).id("articles").getElement().getOuterHTML())
                .contains("Eerste tekst.")
                .doesNotContain("Half af")
                .doesNotContain("id=\"article-body\"");
        // Nothing lost: her text is in the history, the article's text is untouched.
        assertThat(
                        jdbc.queryForList(
                                "SELECT body FROM revision WHERE article_id = ? AND kind = 'CONFLICT_COPY'",
                                String.class,
                                article.id()))
                .containsExactly("Eerste tekst. Half af, nog niet opgeslagen.");
        assertThat(
                        jdbc.queryForObject(
                                "SELECT body FROM article WHERE id = ?",
                                String.class,
                                article.id()))
                .isEqualTo("Eerste tekst.");
    }

    @Test
    void onesOwnArticleFromAnEarlierSessionIsTakenBackWithoutWaiting() {
        ArticleRow article = anAgreementWithOneArticle("Eigen slot");
        BrowserlessUIContext earlier = windows.signedIn("wethouder.ka2").newWindow();
        earlier.navigate(pageOf(article), AgreementView.class);
        earlier.test(editButton(earlier, 0)).click();
        earlier.test(earlier.find(TextArea.class).id("article-body"))
                .setValue("Eerste tekst. Getypt voor de storing.");

        // She comes back in a new session, before the old window has dropped out.
        BrowserlessUIContext now = windows.signedIn("wethouder.ka2").newWindow();
        now.navigate(pageOf(article), AgreementView.class);
        assertThat(lockNote(now))
                .isEqualTo("U bewerkt dit artikel in een ander tabblad of venster.");
        now.test(editButton(now, 0)).click();

        assertThat(now.find(TextArea.class).all()).hasSize(1);
        assertThat(now.find(Button.class).all())
                .noneMatch(b -> b.getId().filter("take-over"::equals).isPresent());
        receiveUntil(earlier, () -> earlier.find(TextArea.class).all().isEmpty());
        assertThat(textOf(earlier.find(Notification.class).id("lock-lost")))
                .contains("in een ander tabblad of venster")
                .contains("revisie #");
        assertThat(
                        jdbc.queryForList(
                                "SELECT body FROM revision WHERE article_id = ? AND kind = 'CONFLICT_COPY'",
                                String.class,
                                article.id()))
                .containsExactly("Eerste tekst. Getypt voor de storing.");
    }

    @Test
    void onePersonWithTwoTabsIsOneChip() {
        ArticleRow article = anAgreementWithOneArticle("Twee tabbladen");
        BrowserlessUserContext ria = windows.signedIn("wethouder.ka2");
        BrowserlessUIContext first = ria.newWindow();
        BrowserlessUIContext second = ria.newWindow();
        BrowserlessUIContext stijn = windows.signedIn("ambtenaar.ka2").newWindow();
        first.navigate(pageOf(article), AgreementView.class);
        second.navigate(pageOf(article), AgreementView.class);
        stijn.navigate(pageOf(article), AgreementView.class);

        // Every chip in the bar, by its badge theme: one per person, not one per window.
        Div bar = stijn.find(Div.class).id("presence");
        List<String> chips =
                stijn.find(Span.class, bar).all().stream()
                        .filter(
                                s ->
                                        String.valueOf(s.getElement().getAttribute("theme"))
                                                .startsWith("badge"))
                        .map(Span::getText)
                        .toList();
        assertThat(chips)
                .containsExactlyInAnyOrder("Ria Brouwers (2 tabbladen)", "Stijn Meulendijks (u)");
    }

    private ArticleRow anAgreementWithOneArticle(String title) {
        SignIn.as(users, "ambtenaar.ka2");
        try {
            long region =
                    jdbc.queryForObject("SELECT id FROM region WHERE code = 'KA2'", Long.class);
            long municipality =
                    jdbc.queryForObject(
                            "SELECT MIN(id) FROM municipality WHERE region_id = ?",
                            Long.class,
                            region);
            long agreement =
                    agreements.create(
                            region,
                            title + " " + System.nanoTime(),
                            AgreementScope.INTEGRAL,
                            EnumSet.of(Theme.HOUSING),
                            Set.of(municipality));
            return agreements.addArticle(agreement, "Huisvesting", "Eerste tekst.");
        } finally {
            SignIn.out();
        }
    }

    private String pageOf(ArticleRow article) {
        long agreement =
                jdbc.queryForObject(
                        "SELECT agreement_id FROM article WHERE id = ?", Long.class, article.id());
        return "regio/KA2/afspraken/" + agreement;
    }

    private static String lockNote(BrowserlessUIContext window) {
        return window.find(Span.class).all().stream()
                .filter(s -> s.hasClassName("lock-note"))
                .findFirst()
                .orElseThrow()
                .getText();
    }

    private static String textOf(Notification notification) {
        return notification.getElement().getTextRecursively();
    }
}
