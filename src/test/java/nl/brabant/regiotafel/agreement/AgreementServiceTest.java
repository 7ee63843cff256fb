package nl.brabant.regiotafel.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import nl.brabant.regiotafel.IntegrationTest;
import nl.brabant.regiotafel.base.ClockConfiguration;
import nl.brabant.regiotafel.base.NotFoundException;
import nl.brabant.regiotafel.base.UserInputException;
import nl.brabant.regiotafel.notification.NotificationService;
import nl.brabant.regiotafel.region.Theme;
import nl.brabant.regiotafel.security.NewUser;
import nl.brabant.regiotafel.security.Role;
import nl.brabant.regiotafel.security.UserAdminService;
import nl.brabant.regiotafel.testsupport.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The agreement on MariaDB: revisions, conflicts that lose nothing, life cycle, adoption,
 * commitments.
 */
@IntegrationTest
class AgreementServiceTest {

    @Autowired AgreementService agreements;
    @Autowired AgreementLifecycleService lifecycle;
    @Autowired CommitmentService commitments;
    @Autowired CommentService comments;
    @Autowired UserAdminService userAdmin;
    @Autowired NotificationService notifications;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private long region(String code) {
        return jdbc.queryForObject("SELECT id FROM region WHERE code = ?", Long.class, code);
    }

    private long municipality(String name) {
        return jdbc.queryForObject("SELECT id FROM municipality WHERE name = ?", Long.class, name);
    }

    private long organisation(String name) {
        return jdbc.queryForObject("SELECT id FROM organisation WHERE name = ?", Long.class, name);
    }

    private long newAgreement(String... municipalities) {
        SignIn.as(users, "ambtenaar.hvb");
        Set<Long> ids = new HashSet<>();
        for (String m : municipalities) {
            ids.add(municipality(m));
        }
        return agreements.create(
                region("HVB"),
                "Afspraken " + System.nanoTime(),
                AgreementScope.INTEGRAL,
                EnumSet.of(Theme.HOUSING, Theme.LABOUR_MARKET),
                ids);
    }

    /**
     * Found by the load test: two aldermen saving different articles of one agreement at the same
     * moment. The revision counter is taken under a row lock; reading the agreement first and then
     * locking it made Hibernate refuse the newer version the lock returned ("Er ging iets mis").
     */
    @Test
    void simultaneousSavesOfDifferentArticlesAllSucceedWithDistinctRevisions() throws Exception {
        long id = newAgreement("Tilburg");
        List<ArticleRow> rows = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            rows.add(agreements.addArticle(id, "Artikel " + i, "Tekst " + i));
        }
        long before = agreements.get(id).revisionCount();
        int rounds = 15;
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        CyclicBarrier start = new CyclicBarrier(rows.size());
        List<Thread> threads = new ArrayList<>();
        for (ArticleRow row : rows) {
            threads.add(
                    Thread.ofPlatform()
                            .start(
                                    () -> {
                                        SignIn.as(users, "ambtenaar.hvb");
                                        try {
                                            start.await();
                                            long revision = row.revision();
                                            for (int r = 1; r <= rounds; r++) {
                                                revision =
                                                        agreements
                                                                .saveArticle(
                                                                        row.id(),
                                                                        row.heading(),
                                                                        row.body() + " ronde " + r,
                                                                        revision)
                                                                .revision();
                                            }
                                        } catch (Throwable t) {
                                            failures.add(t);
                                        } finally {
                                            SignIn.out();
                                        }
                                    }));
        }
        for (Thread t : threads) {
            t.join();
        }
        assertThat(failures).isEmpty();
        assertThat(agreements.get(id).revisionCount())
                .isEqualTo(before + (long) rows.size() * rounds);
        assertThat(agreements.get(id).articles())
                .extracting(ArticleRow::body)
                .containsExactly(
                        "Tekst 0 ronde 15",
                        "Tekst 1 ronde 15",
                        "Tekst 2 ronde 15",
                        "Tekst 3 ronde 15");
        assertThat(
                        jdbc.queryForObject(
                                "SELECT COUNT(DISTINCT number) = COUNT(*) FROM revision WHERE agreement_id = ?",
                                Boolean.class,
                                id))
                .isTrue();
    }

    @Test
    void savingAnArticleWithoutAChangeMakesNoRevision() {
        long id = newAgreement("Tilburg");
        ArticleRow article =
                agreements.addArticle(id, "Huisvesting", "Elke gemeente realiseert huisvesting.");
        long before = agreements.get(id).revisionCount();

        ArticleRow same =
                agreements.saveArticle(
                        article.id(),
                        "Huisvesting",
                        "Elke gemeente realiseert huisvesting.",
                        article.revision());
        assertThat(same.revision())
                .as("the editor's revision stays the current one")
                .isEqualTo(article.revision());
        assertThat(agreements.get(id).revisionCount()).isEqualTo(before);
        assertThat(
                        jdbc.queryForObject(
                                "SELECT COUNT(*) FROM revision WHERE article_id = ?",
                                Long.class,
                                article.id()))
                .as("only the revision that created it")
                .isEqualTo(1);

        // A real change right after is an ordinary revision on the same base.
        ArticleRow changed =
                agreements.saveArticle(
                        article.id(), "Huisvesting", "Honderd bedden.", same.revision());
        assertThat(changed.revision()).isEqualTo(before + 1);
    }

    @Test
    void aConflictingSaveIsRefusedShownWithBothTextsAndKeptSoNothingIsLost() {
        long id = newAgreement("Tilburg");
        ArticleRow article = agreements.addArticle(id, "Artikel", "Tekst 1");
        long startedFrom = article.revision();

        SignIn.as(users, "wethouder.hvb");
        agreements.saveArticle(article.id(), "Artikel", "Tekst van A", startedFrom);

        SignIn.as(users, "ambtenaar.hvb");
        assertThatThrownBy(
                        () ->
                                agreements.saveArticle(
                                        article.id(), "Artikel", "Tekst van B", startedFrom))
                .isInstanceOfSatisfying(
                        ArticleConflictException.class,
                        conflict -> {
                            assertThat(conflict.theirs().body()).isEqualTo("Tekst van A");
                            assertThat(conflict.theirAuthor()).isEqualTo("Karin Mutsaers");
                            assertThat(conflict.myBody()).isEqualTo("Tekst van B");
                        });
        // Both texts exist afterwards: A's is the article, B's is in the history as a conflict
        // copy.
        assertThat(agreements.get(id).articles())
                .singleElement()
                .satisfies(a -> assertThat(a.body()).isEqualTo("Tekst van A"));
        assertThat(
                        jdbc.queryForList(
                                "SELECT body FROM revision WHERE article_id = ? AND kind = 'CONFLICT_COPY'",
                                String.class,
                                article.id()))
                .containsExactly("Tekst van B");
        // "Keep mine": B saves again on top of the current text.
        long current = agreements.get(id).articles().getFirst().revision();
        assertThat(agreements.saveArticle(article.id(), "Artikel", "Tekst van B", current).body())
                .isEqualTo("Tekst van B");
    }

    @Test
    void badInputIsRefusedAndStoresNothing() {
        long id = newAgreement("Tilburg");
        assertThatThrownBy(() -> agreements.addArticle(id, "  ", "x"))
                .isInstanceOfSatisfying(
                        UserInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("agreement.error.heading"));
        assertThatThrownBy(
                        () ->
                                agreements.addArticle(
                                        id, "Kop", "x".repeat(AgreementRules.MAX_BODY + 1)))
                .isInstanceOfSatisfying(
                        UserInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("agreement.error.body"));
        assertThat(agreements.get(id).articles()).isEmpty();
        assertThat(agreements.get(id).revisionCount()).isZero();
        assertThatThrownBy(
                        () ->
                                agreements.create(
                                        region("HVB"),
                                        "Titel",
                                        AgreementScope.INTEGRAL,
                                        EnumSet.of(Theme.SOCIAL),
                                        Set.of(municipality("Breda"))))
                .isInstanceOfSatisfying(
                        UserInputException.class,
                        e ->
                                assertThat(e.messageKey())
                                        .isEqualTo("agreement.error.municipalities"));
        ArticleRow withScript =
                agreements.addArticle(id, "<script>alert(1)</script>", "**vet** <img src=x>");
        assertThat(withScript.heading()).isEqualTo("<script>alert(1)</script>");
    }

    @Test
    void fromDraftThroughConsultationToAdoptionByEveryMunicipalityThenANewDraftLine() {
        SignIn.as(users, "beheerder");
        long waalwijkAlderman =
                userAdmin
                        .createUser(
                                new NewUser(
                                        "wethouder2.hvb",
                                        "Tweede Wethouder",
                                        null,
                                        organisation("Gemeente Waalwijk"),
                                        "Regiotafel-demo-2026"))
                        .id();
        userAdmin.addMembership(waalwijkAlderman, Role.ALDERMAN, region("HVB"));

        long id = newAgreement("Tilburg", "Waalwijk");
        ArticleRow article = agreements.addArticle(id, "Huisvesting", "Tekst");

        SignIn.as(users, "uitzendbureau.hvb");
        assertThatThrownBy(() -> agreements.get(id)).isInstanceOf(NotFoundException.class);

        SignIn.as(users, "ambtenaar.hvb");
        assertThatThrownBy(() -> lifecycle.toConsultation(id))
                .isInstanceOf(AccessDeniedException.class);
        SignIn.as(users, "wethouder.hvb");
        lifecycle.toConsultation(id);

        SignIn.as(users, "uitzendbureau.hvb");
        assertThat(agreements.get(id).status()).isEqualTo(AgreementStatus.CONSULTATION);
        long commentId =
                comments.comment(
                        article.id(), null, "Tekst", "Graag ook scholing noemen, @Karin Mutsaers.");
        assertThat(comments.of(id)).extracting(CommentRow::id).contains(commentId);
        assertThatThrownBy(() -> agreements.saveArticle(article.id(), "X", "Y", article.revision()))
                .isInstanceOf(AccessDeniedException.class);

        SignIn.as(users, "wethouder.hvb");
        assertThat(notifications.mine(0, 50))
                .anySatisfy(n -> assertThat(n.kind().name()).isEqualTo("MENTIONED"));
        lifecycle.startAdoption(id, "Vastgesteld 1.0");
        assertThatThrownBy(
                        () ->
                                agreements.saveArticle(
                                        article.id(), "Huisvesting", "Nieuw", article.revision()))
                .isInstanceOfSatisfying(
                        UserInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("agreement.error.frozen"));
        assertThat(agreements.get(id).may().adoptFor()).isEqualTo(municipality("Tilburg"));
        lifecycle.recordAdoption(
                id, LocalDate.now(ClockConfiguration.ZONE), "Raadsbesluit 2026-14");
        assertThat(agreements.get(id).status()).isEqualTo(AgreementStatus.ADOPTION_PENDING);
        assertThatThrownBy(
                        () ->
                                lifecycle.recordAdoption(
                                        id, LocalDate.now(ClockConfiguration.ZONE), "Dubbel"))
                .isInstanceOf(UserInputException.class);

        SignIn.as(users, "wethouder2.hvb");
        assertThatThrownBy(
                        () ->
                                lifecycle.recordAdoption(
                                        id,
                                        LocalDate.now(ClockConfiguration.ZONE).plusDays(3),
                                        "Toekomst"))
                .isInstanceOfSatisfying(
                        UserInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("agreement.error.adoptionDate"));
        lifecycle.recordAdoption(id, LocalDate.now(ClockConfiguration.ZONE), "Collegebesluit W-88");
        AgreementDetails adopted = agreements.get(id);
        assertThat(adopted.status()).isEqualTo(AgreementStatus.ADOPTED);
        assertThat(adopted.adoptions()).hasSize(2);

        SignIn.as(users, "ambtenaar.hvb");
        long draft = lifecycle.startNewDraft(id);
        assertThat(agreements.get(draft).status()).isEqualTo(AgreementStatus.DRAFT);
        assertThat(agreements.get(draft).articles())
                .extracting(ArticleRow::body)
                .containsExactly("Tekst");
        assertThat(agreements.get(id).articles())
                .extracting(ArticleRow::body)
                .containsExactly("Tekst");
    }

    @Test
    void commitmentsAreReportedByTheirOwnerAndTheirStatusFollowsDatesAndValues() {
        long id = newAgreement("Tilburg");
        long hartflex = organisation("Hartflex Uitzendbureau");
        long commitment =
                commitments.add(
                        id,
                        new CommitmentForm(
                                "200 extra bedden voor arbeidsmigranten",
                                hartflex,
                                Theme.HOUSING,
                                new BigDecimal("200"),
                                "bedden",
                                LocalDate.now(ClockConfiguration.ZONE).plusMonths(6),
                                "Aantal gerealiseerde bedden"));
        SignIn.as(users, "wethouder.hvb");
        lifecycle.toConsultation(id);

        // Stakeholders see an agreement (and its commitments) from consultation on.
        SignIn.as(users, "uitzendbureau.hvb");
        commitments.report(
                commitment,
                new BigDecimal("200"),
                LocalDate.now(ClockConfiguration.ZONE),
                "Alle bedden opgeleverd");
        assertThat(commitments.of(id))
                .singleElement()
                .satisfies(
                        c -> {
                            assertThat(c.status()).isEqualTo(CommitmentStatus.DONE);
                            assertThat(c.mayReport()).isTrue();
                        });
        SignIn.as(users, "woningcorporatie.hvb");
        assertThatThrownBy(
                        () ->
                                commitments.report(
                                        commitment,
                                        BigDecimal.ONE,
                                        LocalDate.now(ClockConfiguration.ZONE),
                                        null))
                .isInstanceOf(AccessDeniedException.class);
        SignIn.as(users, "monitor");
        assertThatThrownBy(
                        () ->
                                commitments.report(
                                        commitment,
                                        BigDecimal.ONE,
                                        LocalDate.now(ClockConfiguration.ZONE),
                                        null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theProvinceReadsButDoesNotWriteTheRegionsText() {
        long id = newAgreement("Tilburg");
        ArticleRow a = agreements.addArticle(id, "Kop", "Tekst");
        for (String user : List.of("coordinator", "monitor")) {
            SignIn.as(users, user);
            assertThat(agreements.get(id).articles()).hasSize(1);
            assertThatThrownBy(
                            () -> agreements.saveArticle(a.id(), "Kop", "Provincie", a.revision()))
                    .isInstanceOf(AccessDeniedException.class);
        }
        SignIn.as(users, "coordinator");
        assertThat(comments.comment(a.id(), null, null, "Advies van de provincie")).isPositive();
        SignIn.as(users, "beheerder");
        assertThatThrownBy(() -> agreements.get(id)).isInstanceOf(NotFoundException.class);
    }
}
