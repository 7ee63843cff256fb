package nl.brabant.regiotafel.agreement.ui;

import static nl.brabant.regiotafel.testsupport.Windows.deliver;
import static nl.brabant.regiotafel.testsupport.Windows.editButton;
import static nl.brabant.regiotafel.testsupport.Windows.receiveUntil;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import jakarta.persistence.EntityManagerFactory;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.brabant.regiotafel.IntegrationTest;
import nl.brabant.regiotafel.agreement.AgreementScope;
import nl.brabant.regiotafel.agreement.AgreementService;
import nl.brabant.regiotafel.agreement.ArticleRow;
import nl.brabant.regiotafel.region.Theme;
import nl.brabant.regiotafel.testsupport.SignIn;
import nl.brabant.regiotafel.testsupport.Windows;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A save reaches the other windows in the agreement as what it is: the saved article's card is
 * drawn again there and nothing else, and the saver's own window, which already shows what it
 * saved, does not reload. The queries each step costs are printed (Hibernate statistics).
 */
@IntegrationTest
class AgreementLiveUpdatesViewsTest {

    @Autowired ApplicationContext spring;
    @Autowired UserDetailsService users;
    @Autowired AgreementService agreements;
    @Autowired JdbcTemplate jdbc;
    @Autowired EntityManagerFactory entityManagerFactory;

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
    void aSaveByAnotherPersonRedrawsOnlyThatArticleAndTheSaversWindowDoesNotReload() {
        List<ArticleRow> articles = anAgreementWithThreeArticles();
        String page = pageOf(articles.getFirst());
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();

        // What the save itself costs, without any window.
        SignIn.as(users, "ambtenaar.hvb");
        statistics.clear();
        try {
            ArticleRow third = articles.get(2);
            agreements.saveArticle(
                    third.id(), third.heading(), "Derde tekst, eerst.", third.revision());
        } finally {
            SignIn.out();
        }
        long serviceOnly = statistics.getPrepareStatementCount();

        // The saver alone in the agreement: the save from the page, and what the window does after.
        BrowserlessUIContext saver = windows.signedIn("ambtenaar.hvb").newWindow();
        saver.navigate(page, AgreementView.class);
        deliver(saver);
        statistics.clear();
        saveFromPage(saver, 0, "Eerste tekst, aangevuld.");
        deliver(saver);
        long saverAlone = statistics.getPrepareStatementCount();

        // Someone else opens the agreement; the saver saves another article.
        BrowserlessUIContext other = windows.signedIn("wethouder.hvb").newWindow();
        other.navigate(page, AgreementView.class);
        deliver(other);
        deliver(saver);
        long saved = articles.get(1).id();
        Map<Long, Div> othersBefore = cards(other);
        statistics.clear();
        saveFromPage(saver, 1, "Tweede tekst, aangevuld.");
        Map<Long, Div> saversAfterSave = cards(saver);
        receiveUntil(
                other,
                () ->
                        cards(other)
                                .get(saved)
                                .getElement()
                                .getOuterHTML()
                                .contains("Tweede tekst, aangevuld."));
        deliver(saver);
        deliver(other);
        long withOther = statistics.getPrepareStatementCount();
        System.out.printf(
                "Queries per save: the service alone %d; saver's window (save and after) %d; "
                        + "another window %d%n",
                serviceOnly, saverAlone, withOther - saverAlone);

        Map<Long, Div> othersAfter = cards(other);
        assertThat(othersAfter.get(saved)).isNotSameAs(othersBefore.get(saved));
        assertThat(othersAfter.get(saved).getElement().getOuterHTML())
                .contains("Tweede tekst, aangevuld.");
        for (ArticleRow untouched : List.of(articles.get(0), articles.get(2))) {
            assertThat(othersAfter.get(untouched.id())).isSameAs(othersBefore.get(untouched.id()));
        }
        // The saver's window showed the row the service returned; its own event changes nothing
        // there.
        assertThat(cards(saver)).isEqualTo(saversAfterSave);
        assertThat(saversAfterSave.get(saved).getElement().getOuterHTML())
                .contains("Tweede tekst, aangevuld.");
        assertThat(saverAlone)
                .as("the saver's window reads nothing besides the save")
                .isEqualTo(serviceOnly);
        assertThat(withOther - saverAlone)
                .as("another window reads nothing to show the save")
                .isZero();
    }

    private static void saveFromPage(BrowserlessUIContext window, int article, String body) {
        window.activate();
        window.test(editButton(window, article)).click();
        window.test(window.find(TextArea.class).id("article-body")).setValue(body);
        window.test(window.find(Button.class).id("save-article")).click();
    }

    private List<ArticleRow> anAgreementWithThreeArticles() {
        SignIn.as(users, "ambtenaar.hvb");
        try {
            long region =
                    jdbc.queryForObject("SELECT id FROM region WHERE code = 'HVB'", Long.class);
            long tilburg =
                    jdbc.queryForObject(
                            "SELECT id FROM municipality WHERE name = 'Tilburg'", Long.class);
            long agreement =
                    agreements.create(
                            region,
                            "Live " + System.nanoTime(),
                            AgreementScope.INTEGRAL,
                            EnumSet.of(Theme.HOUSING),
                            Set.of(tilburg));
            return List.of(
                    agreements.addArticle(agreement, "Een", "Eerste tekst."),
                    agreements.addArticle(agreement, "Twee", "Tweede tekst."),
                    agreements.addArticle(agreement, "Drie", "Derde tekst."));
        } finally {
            SignIn.out();
        }
    }

    private String pageOf(ArticleRow article) {
        long agreement =
                jdbc.queryForObject(
                        "SELECT agreement_id FROM article WHERE id = ?", Long.class, article.id());
        return "regio/HVB/afspraken/" + agreement;
    }

    /** The article cards shown in a window, by article id. */
    private static Map<Long, Div> cards(BrowserlessUIContext window) {
        window.activate();
        Map<Long, Div> cards = new LinkedHashMap<>();
        for (Div div : window.find(Div.class).all()) {
            String id = div.getElement().getAttribute("data-article");
            if (id != null) {
                cards.put(Long.parseLong(id), div);
            }
        }
        return cards;
    }
}
