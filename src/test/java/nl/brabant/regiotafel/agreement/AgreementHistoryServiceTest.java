package nl.brabant.regiotafel.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import nl.brabant.regiotafel.IntegrationTest;
import nl.brabant.regiotafel.region.Theme;
import nl.brabant.regiotafel.testsupport.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** An agreement's past on MariaDB: any revision read back, named versions, restore on top. */
@IntegrationTest
class AgreementHistoryServiceTest {

    @Autowired AgreementService agreements;
    @Autowired AgreementHistoryService history;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private long newAgreement() {
        SignIn.as(users, "ambtenaar.hvb");
        long region =
                jdbc.queryForObject("SELECT id FROM region WHERE code = ?", Long.class, "HVB");
        long tilburg =
                jdbc.queryForObject(
                        "SELECT id FROM municipality WHERE name = ?", Long.class, "Tilburg");
        return agreements.create(
                region,
                "Afspraken " + System.nanoTime(),
                AgreementScope.INTEGRAL,
                EnumSet.of(Theme.HOUSING, Theme.LABOUR_MARKET),
                Set.of(tilburg));
    }

    @Test
    void everySaveIsARevisionAndAnyRevisionCanBeReadBack() {
        long id = newAgreement();
        ArticleRow first =
                agreements.addArticle(id, "Huisvesting", "Elke gemeente realiseert huisvesting.");
        agreements.addArticle(id, "Registratie", "Registratie in de BRP.");
        long before = agreements.get(id).revisionCount();
        ArticleRow saved =
                agreements.saveArticle(
                        first.id(),
                        "Huisvesting",
                        "Elke gemeente realiseert 100 bedden.",
                        first.revision());
        assertThat(saved.revision()).isEqualTo(before + 1);
        assertThat(history.stateAt(id, before))
                .extracting(ArticleRow::body)
                .containsExactly("Elke gemeente realiseert huisvesting.", "Registratie in de BRP.");
        assertThat(agreements.get(id).articles())
                .extracting(ArticleRow::body)
                .containsExactly("Elke gemeente realiseert 100 bedden.", "Registratie in de BRP.");
        assertThat(history.history(id, first.id(), null, 0, 50))
                .extracting(RevisionRow::kind)
                .containsExactly(RevisionKind.EDIT, RevisionKind.CREATE);
        long version = history.nameVersion(id, "Concept 0.1");
        assertThat(history.versions(id))
                .singleElement()
                .satisfies(
                        v -> {
                            assertThat(v.id()).isEqualTo(version);
                            assertThat(v.revisionNumber()).isEqualTo(saved.revision());
                        });
    }

    @Test
    void restoreMakesNewRevisionsAndNeverRewritesHistory() {
        long id = newAgreement();
        ArticleRow a = agreements.addArticle(id, "Een", "Origineel");
        long original = agreements.get(id).revisionCount();
        agreements.saveArticle(a.id(), "Een", "Gewijzigd", a.revision());
        agreements.addArticle(id, "Twee", "Later toegevoegd");
        long countBefore = agreements.get(id).revisionCount();

        history.restore(id, original);
        AgreementDetails now = agreements.get(id);
        assertThat(now.articles()).extracting(ArticleRow::body).containsExactly("Origineel");
        assertThat(now.revisionCount()).isGreaterThan(countBefore);
        assertThat(history.stateAt(id, countBefore))
                .extracting(ArticleRow::body)
                .containsExactly("Gewijzigd", "Later toegevoegd");
    }
}
