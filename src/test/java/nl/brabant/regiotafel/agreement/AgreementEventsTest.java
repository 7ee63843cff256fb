package nl.brabant.regiotafel.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import nl.brabant.regiotafel.IntegrationTest;
import nl.brabant.regiotafel.agreement.AgreementEvent.ArticleSaved;
import nl.brabant.regiotafel.agreement.AgreementEvent.ArticlesReordered;
import nl.brabant.regiotafel.agreement.AgreementEvent.CommentAdded;
import nl.brabant.regiotafel.agreement.AgreementEvent.StatusChanged;
import nl.brabant.regiotafel.collaboration.CollaborationHub;
import nl.brabant.regiotafel.collaboration.DocumentChange;
import nl.brabant.regiotafel.region.Theme;
import nl.brabant.regiotafel.security.AppUserDetails;
import nl.brabant.regiotafel.testsupport.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every change reaches the agreement's windows as a typed event, and only once it is committed: not
 * while its transaction runs, and never when it is rolled back.
 */
@IntegrationTest
class AgreementEventsTest {

    @Autowired AgreementService agreements;
    @Autowired AgreementLifecycleService lifecycle;
    @Autowired CommentService comments;
    @Autowired CollaborationHub hub;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactions;

    private final Queue<DocumentChange> heard = new ConcurrentLinkedQueue<>();
    private CollaborationHub.Subscription subscription;

    @AfterEach
    void tearDown() {
        if (subscription != null) {
            subscription.cancel();
        }
        SignIn.out();
    }

    @Test
    void aSaveIsPublishedAsArticleSavedWithTheSavedRowAfterItsTransactionCommitted()
            throws InterruptedException {
        AppUserDetails officer = SignIn.as(users, "ambtenaar.hvb");
        long agreement = anAgreement();
        ArticleRow first = agreements.addArticle(agreement, "Een", "Eerste tekst.");
        listenTo(agreement);

        ArticleRow saved =
                new TransactionTemplate(transactions)
                        .execute(
                                status -> {
                                    ArticleRow row =
                                            agreements.saveArticle(
                                                    first.id(),
                                                    "Een",
                                                    "Nieuwe tekst.",
                                                    first.revision());
                                    pause();
                                    assertThat(heard)
                                            .as("nothing is told before the change is committed")
                                            .isEmpty();
                                    return row;
                                });

        waitForEvents(1);
        assertThat(List.copyOf(heard))
                .singleElement()
                .isInstanceOfSatisfying(
                        ArticleSaved.class,
                        event -> {
                            assertThat(event.agreementId()).isEqualTo(agreement);
                            assertThat(event.articleId()).isEqualTo(first.id());
                            assertThat(event.revision())
                                    .isEqualTo(saved.revision())
                                    .isGreaterThan(first.revision());
                            assertThat(event.article()).isEqualTo(saved);
                            assertThat(event.by()).isEqualTo(officer.id());
                        });
    }

    @Test
    void aChangeThatIsRolledBackIsNeverPublished() throws InterruptedException {
        SignIn.as(users, "ambtenaar.hvb");
        long agreement = anAgreement();
        ArticleRow first = agreements.addArticle(agreement, "Een", "Eerste tekst.");
        listenTo(agreement);

        new TransactionTemplate(transactions)
                .executeWithoutResult(
                        status -> {
                            agreements.saveArticle(
                                    first.id(), "Een", "Nooit opgeslagen.", first.revision());
                            status.setRollbackOnly();
                        });

        pause();
        assertThat(heard).isEmpty();
        assertThat(
                        jdbc.queryForObject(
                                "SELECT body FROM article WHERE id = ?", String.class, first.id()))
                .isEqualTo("Eerste tekst.");
    }

    @Test
    void eachKindOfChangeSaysWhatChanged() throws InterruptedException {
        AppUserDetails officer = SignIn.as(users, "ambtenaar.hvb");
        long agreement = anAgreement();
        ArticleRow first = agreements.addArticle(agreement, "Een", "Eerste tekst.");
        ArticleRow second = agreements.addArticle(agreement, "Twee", "Tweede tekst.");
        listenTo(agreement);

        List<ArticleRow> order = agreements.moveArticle(second.id(), -1);
        long comment = comments.comment(first.id(), null, null, "Een opmerking.");
        SignIn.as(users, "wethouder.hvb");
        lifecycle.toConsultation(agreement);

        waitForEvents(3);
        assertThat(List.copyOf(heard)).hasSize(3);
        assertThat(List.copyOf(heard).get(0))
                .isInstanceOfSatisfying(
                        ArticlesReordered.class,
                        event -> {
                            assertThat(event.articles()).isEqualTo(order);
                            assertThat(event.articles())
                                    .extracting(ArticleRow::id)
                                    .containsExactly(second.id(), first.id());
                        });
        assertThat(List.copyOf(heard).get(1))
                .isEqualTo(new CommentAdded(agreement, first.id(), comment, officer.id()));
        assertThat(List.copyOf(heard).get(2))
                .isInstanceOfSatisfying(
                        StatusChanged.class,
                        event ->
                                assertThat(event.status()).isEqualTo(AgreementStatus.CONSULTATION));
    }

    private long anAgreement() {
        long hvb = jdbc.queryForObject("SELECT id FROM region WHERE code = 'HVB'", Long.class);
        long tilburg =
                jdbc.queryForObject(
                        "SELECT id FROM municipality WHERE name = 'Tilburg'", Long.class);
        return agreements.create(
                hvb,
                "Gebeurtenissen " + System.nanoTime(),
                AgreementScope.INTEGRAL,
                EnumSet.of(Theme.HOUSING),
                Set.of(tilburg));
    }

    private void listenTo(long agreement) {
        subscription =
                hub.subscribe(
                        AgreementService.documentKey(agreement),
                        event -> {
                            if (event.change() != null) {
                                heard.add(event.change());
                            }
                        });
    }

    /** The hub tells listeners on its own thread: give it time to (wrongly) do so. */
    private static void pause() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void waitForEvents(int count) throws InterruptedException {
        for (int i = 0; i < 200 && heard.size() < count; i++) {
            Thread.sleep(10);
        }
        pause();
    }
}
