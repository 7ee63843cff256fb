package nl.brabant.regiotafel.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.brabant.regiotafel.IntegrationTest;
import nl.brabant.regiotafel.agreement.text.MarkdownRenderer;
import nl.brabant.regiotafel.agreement.word.WordFiles;
import nl.brabant.regiotafel.agreement.word.WordImport;
import nl.brabant.regiotafel.base.NotFoundException;
import nl.brabant.regiotafel.base.UserInputException;
import nl.brabant.regiotafel.region.Theme;
import nl.brabant.regiotafel.testsupport.SignIn;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Word in and out on MariaDB: what the import stores, what it refuses, and for whom. */
@IntegrationTest
class AgreementWordServiceTest {

    @Autowired AgreementWordService words;
    @Autowired AgreementService agreements;
    @Autowired AgreementHistoryService history;
    @Autowired AgreementExportService exports;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;
    private final MarkdownRenderer markdown = new MarkdownRenderer();

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private long newDraft() {
        SignIn.as(users, "ambtenaar.hvb");
        long region = jdbc.queryForObject("SELECT id FROM region WHERE code = 'HVB'", Long.class);
        long tilburg =
                jdbc.queryForObject(
                        "SELECT id FROM municipality WHERE name = 'Tilburg'", Long.class);
        return agreements.create(
                region,
                "Word-import " + System.nanoTime(),
                AgreementScope.INTEGRAL,
                EnumSet.of(Theme.HOUSING),
                Set.of(tilburg));
    }

    static byte[] draft() throws Exception {
        XWPFDocument d = WordFiles.document();
        WordFiles.styled(d, "Title", "Concept intergemeentelijke afspraken");
        WordFiles.styled(d, "Heading1", "Artikel 1 – Doel");
        WordFiles.run(d.createParagraph(), "Betere huisvesting 🏠 voor iedereen.", true, false);
        WordFiles.styled(d, "Heading1", "Artikel 2 – Registratie");
        WordFiles.text(d, "Inschrijving in de BRP binnen vijf dagen.");
        WordFiles.styled(d, "Heading1", "Artikel 3 – Handhaving");
        return WordFiles.bytes(d);
    }

    private long revisions(long agreementId) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM revision WHERE agreement_id = ?", Long.class, agreementId);
    }

    @Test
    void anOfficerImportsAWordDraftAsOneRevisionPerArticleNamingTheFile() throws Exception {
        long id = newDraft();
        agreements.addArticle(id, "Bestaand artikel", "Blijft staan.");

        WordImport preview = words.preview(id, "C:\\Users\\ambtenaar\\concept v3.docx", draft());
        assertThat(revisions(id)).as("the preview stores nothing").isEqualTo(1);
        assertThat(preview.fileName()).isEqualTo("concept v3.docx");
        List<ArticleRow> added = words.importArticles(id, preview);

        assertThat(added)
                .extracting(ArticleRow::number, ArticleRow::heading)
                .containsExactly(tuple(2, "Doel"), tuple(3, "Registratie"), tuple(4, "Handhaving"));
        AgreementDetails details = agreements.get(id);
        assertThat(details.articles()).hasSize(4);
        assertThat(details.articles().get(1).body())
                .isEqualTo("**Betere huisvesting 🏠 voor iedereen.**");
        assertThat(details.articles().get(3).body()).isNull();
        assertThat(revisions(id)).isEqualTo(4);
        List<RevisionRow> rows = history.history(id, null, null, 0, 10);
        assertThat(rows.subList(0, 3))
                .allSatisfy(
                        r -> {
                            assertThat(r.kind()).isEqualTo(RevisionKind.IMPORT);
                            assertThat(r.remark()).isEqualTo("concept v3.docx");
                        });
        assertThat(rows.getLast().remark()).isNull();
        assertThat(
                        jdbc.queryForList(
                                "SELECT detail FROM audit_entry WHERE agreement_id = ?"
                                        + " AND action = 'IMPORTED_FROM_WORD'",
                                String.class,
                                id))
                .containsExactly("concept v3.docx (3)");
    }

    @Test
    void refusedFilesStoreNothing() throws Exception {
        long id = newDraft();
        byte[] good = draft();
        List<byte[]> bad =
                List.of(
                        new byte[] {1, 2, 3, 4},
                        Arrays.copyOf(good, good.length - 200),
                        WordFiles.encrypted(good),
                        WordFiles.withEntry(good, "word/vbaProject.bin", new byte[] {1}),
                        WordFiles.zipBomb(120),
                        new byte[words.maxBytes() + 1]);
        for (byte[] file : bad) {
            assertThatThrownBy(() -> words.preview(id, "slecht.docx", file))
                    .isInstanceOf(UserInputException.class);
        }
        WordImport tooLong =
                new WordImport(
                        "lang.docx",
                        List.of(
                                new WordImport.Article("Goed", "tekst"),
                                new WordImport.Article("x".repeat(301), "tekst")),
                        List.of());
        assertThatThrownBy(() -> words.importArticles(id, tooLong))
                .isInstanceOf(UserInputException.class);
        assertThat(revisions(id)).as("all or nothing").isZero();
        assertThat(agreements.get(id).articles()).isEmpty();
    }

    @Test
    void onlyEditorsOfADraftMayImport() throws Exception {
        long id = newDraft();
        byte[] file = draft();
        SignIn.as(users, "uitzendbureau.hvb");
        assertThatThrownBy(() -> words.preview(id, "x.docx", file))
                .as("a draft does not exist for an agency")
                .isInstanceOf(NotFoundException.class);
        SignIn.as(users, "coordinator");
        assertThatThrownBy(() -> words.preview(id, "x.docx", file))
                .as("the province reads but does not write the regions' text")
                .isInstanceOf(AccessDeniedException.class);
        SignIn.as(users, "ambtenaar.wbw");
        assertThatThrownBy(() -> words.preview(id, "x.docx", file))
                .isInstanceOf(NotFoundException.class);
        SignIn.as(users, "ambtenaar.hvb");
        WordImport preview = words.preview(id, "x.docx", file);
        SignIn.as(users, "coordinator");
        assertThatThrownBy(() -> words.importArticles(id, preview))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(revisions(id)).isZero();

        SignIn.as(users, "ambtenaar.hvb");
        long adopted =
                jdbc.queryForObject(
                        "SELECT MIN(a.id) FROM agreement a JOIN region r ON r.id = a.region_id"
                                + " WHERE r.code = 'HVB' AND a.status = 'ADOPTED'",
                        Long.class);
        assertThatThrownBy(() -> words.preview(adopted, "x.docx", file))
                .isInstanceOfSatisfying(
                        UserInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("word.error.notDraft"));
        assertThatThrownBy(() -> words.importArticles(adopted, preview))
                .isInstanceOfSatisfying(
                        UserInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("word.error.notDraft"));
    }

    /** The adopted demo agreement out to Word and into a new draft: the same articles. */
    @Test
    void anAdoptedAgreementExportedToWordImportsBackUnchanged() {
        SignIn.as(users, "ambtenaar.hvb");
        long adopted =
                jdbc.queryForObject(
                        "SELECT MIN(a.id) FROM agreement a JOIN region r ON r.id = a.region_id"
                                + " WHERE r.code = 'HVB' AND a.status = 'ADOPTED'",
                        Long.class);
        AgreementDetails original = agreements.get(adopted);
        byte[] docx = exports.docx(adopted, original.frozenVersionId());
        long id = newDraft();

        words.importArticles(id, words.preview(id, "afspraken-HVB.docx", docx));

        List<ArticleRow> back = agreements.get(id).articles();
        assertThat(back).hasSameSizeAs(original.articles()).isNotEmpty();
        for (int i = 0; i < back.size(); i++) {
            assertThat(back.get(i).heading()).isEqualTo(original.articles().get(i).heading());
            assertThat(html(back.get(i).body())).isEqualTo(html(original.articles().get(i).body()));
        }
    }

    private String html(String body) {
        return markdown.toSafeHtml(body).replace("\n", "");
    }
}
