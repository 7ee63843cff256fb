package nl.brabant.regiotafel.agreement.word;

import static nl.brabant.regiotafel.agreement.word.WordFiles.bytes;
import static nl.brabant.regiotafel.agreement.word.WordFiles.document;
import static nl.brabant.regiotafel.agreement.word.WordFiles.item;
import static nl.brabant.regiotafel.agreement.word.WordFiles.numbering;
import static nl.brabant.regiotafel.agreement.word.WordFiles.run;
import static nl.brabant.regiotafel.agreement.word.WordFiles.styled;
import static nl.brabant.regiotafel.agreement.word.WordFiles.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import nl.brabant.regiotafel.agreement.text.MarkdownRenderer;
import nl.brabant.regiotafel.agreement.word.WordImport.Dropped;
import nl.brabant.regiotafel.agreement.word.WordImport.Kind;
import nl.brabant.regiotafel.base.UserInputException;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

/** Word files made here with POI, read as the import reads them. */
class DocxReaderTest {

    private final DocxReader reader = new DocxReader();
    private final MarkdownRenderer markdown = new MarkdownRenderer();

    @Test
    void headingsBecomeArticlesAndTheirTextMarkdown() throws Exception {
        XWPFDocument d = document();
        styled(d, "Title", "Concept afspraken arbeidsmigratie");
        text(d, "Inleidende tekst vóór het eerste artikel.");
        styled(d, "Heading1", "Artikel 1 – Doel en reikwijdte");
        XWPFParagraph p = d.createParagraph();
        run(p, "Deze afspraken gelden ", false, false);
        run(p, "voor alle gemeenten", true, false);
        run(p, " in de regio, ", false, false);
        run(p, "tenzij", false, true);
        run(p, " anders bepaald.", false, false);
        BigInteger bullets = numbering(d, false);
        item(d, bullets, 0, "huisvesting");
        item(d, bullets, 1, "short-stay");
        item(d, bullets, 2, "minstens 400 bedden");
        item(d, bullets, 0, "registratie");
        styled(d, "Heading2", "Toelichting");
        BigInteger numbers = numbering(d, true);
        item(d, numbers, 0, "eerst inschrijven");
        item(d, numbers, 0, "dan controleren");
        styled(d, "Kop1", "Huisvesting");
        XWPFTable table = d.createTable(2, 2);
        table.getRow(0).getCell(0).setText("Gemeente");
        table.getRow(0).getCell(1).setText("Bedden");
        table.getRow(1).getCell(0).setText("Tilburg");
        table.getRow(1).getCell(1).setText("400");

        WordImport result = reader.read("concept.docx", bytes(d));

        assertThat(result.articles()).hasSize(2);
        WordImport.Article first = result.articles().get(0);
        assertThat(first.heading()).isEqualTo("Doel en reikwijdte");
        assertThat(first.body())
                .isEqualTo(
                        """
                        Deze afspraken gelden **voor alle gemeenten** in de regio, *tenzij* anders bepaald.

                        - huisvesting
                          - short-stay
                            - minstens 400 bedden
                        - registratie

                        # Toelichting

                        1. eerst inschrijven
                        2. dan controleren""");
        assertThat(html(first.body()))
                .contains("<strong>voor alle gemeenten</strong>", "<em>tenzij</em>")
                .contains("<ul><li>huisvesting<ul><li>short-stay<ul><li>minstens 400 bedden")
                .contains("<ol><li>eerst inschrijven</li><li>dan controleren</li></ol>");
        WordImport.Article second = result.articles().get(1);
        assertThat(second.heading()).as("Dutch Word's Kop 1").isEqualTo("Huisvesting");
        assertThat(html(second.body()))
                .contains(
                        "<th>Gemeente</th>", "<th>Bedden</th>", "<td>Tilburg</td>", "<td>400</td>");
        assertThat(result.dropped()).contains(new Dropped(Kind.TEXT_BEFORE_FIRST_HEADING, 2));
    }

    @Test
    void imagesCommentsTrackedChangesAndFootnotesAreListedAsDropped() throws Exception {
        XWPFDocument d = document();
        styled(d, "Heading1", "Handhaving");
        XWPFParagraph p = text(d, "Controles door de RIEC ");
        WordFiles.picture(p);
        var ins = p.getCTP().addNewIns();
        ins.setId(BigInteger.ONE);
        ins.setAuthor("Wethouder");
        ins.addNewR().addNewT().setStringValue("en de inspectie ");
        var del = p.getCTP().addNewDel();
        del.setId(BigInteger.TWO);
        del.setAuthor("Wethouder");
        del.addNewR().addNewDelText().setStringValue("VERWIJDERD ");
        p.getCTP().addNewCommentRangeStart().setId(BigInteger.TEN);
        d.createComments().createComment(BigInteger.TEN).setAuthor("Ambtenaar");
        d.createFootnotes();
        XWPFFootnote note = d.createFootnote();
        note.createParagraph().createRun().setText("Zie het convenant.");
        p.addFootnoteReference(note);
        run(p, "elk kwartaal.", false, false);

        WordImport result = reader.read("handhaving.docx", bytes(d));

        assertThat(result.articles().getFirst().body())
                .as("the text reads as with the changes accepted")
                .isEqualTo("Controles door de RIEC en de inspectie elk kwartaal.");
        assertThat(result.dropped())
                .contains(
                        new Dropped(Kind.IMAGE, 1),
                        new Dropped(Kind.COMMENT, 1),
                        new Dropped(Kind.TRACKED_CHANGE, 2),
                        new Dropped(Kind.FOOTNOTE, 1));
    }

    @Test
    void emojiOtherScriptsAndRightToLeftTextSurviveExactly() throws Exception {
        String text = "Afspraak 🤝 met 𝔅𝔯𝔞𝔟𝔞𝔫𝔱, Łódź, مرحبا بكم ‏(RTL)‏ en שלום.";
        XWPFDocument d = document();
        styled(d, "Heading1", "Welkom 👋 مرحبا");
        XWPFParagraph p = text(d, text);
        p.getCTP().addNewPPr().addNewBidi();

        WordImport result = reader.read("welkom.docx", bytes(d));

        assertThat(result.articles().getFirst().heading()).isEqualTo("Welkom 👋 مرحبا");
        assertThat(markdown.toPlainText(result.articles().getFirst().body())).isEqualTo(text);
    }

    @Test
    void markdownCharactersTypedInWordStayCharacters() throws Exception {
        String text = "5 * 3 = 15, a_b_c, [noot], <b>geen html</b> & 100% | pijp # hekje";
        XWPFDocument d = document();
        styled(d, "Heading1", "Tekens");
        text(d, text);
        text(d, "1. geen lijst maar een zin");
        text(d, "- ook geen lijst");

        WordImport result = reader.read("tekens.docx", bytes(d));

        String body = result.articles().getFirst().body();
        assertThat(markdown.toPlainText(body))
                .isEqualTo(text + "\n\n1. geen lijst maar een zin\n\n- ook geen lijst");
        assertThat(html(body)).doesNotContain("<ol>", "<ul>", "<em>", "<b>");
    }

    @Test
    void boldArtikelLinesMarkArticlesInADraftWithoutHeadingStyles() throws Exception {
        XWPFDocument d = document();
        run(d.createParagraph(), "Artikel 1 Begripsbepalingen", true, false);
        text(d, "In deze afspraken wordt verstaan onder arbeidsmigrant: ...");
        run(d.createParagraph(), "Artikel 2. Huisvesting", true, false);
        text(d, "Artikel 2 van de wet blijft gewoon tekst.");

        WordImport result = reader.read("simpel.docx", bytes(d));

        assertThat(result.articles())
                .extracting(WordImport.Article::heading)
                .containsExactly("Begripsbepalingen", "Huisvesting");
        assertThat(result.articles().get(1).body())
                .isEqualTo("Artikel 2 van de wet blijft gewoon tekst.");
    }

    @Test
    void tenThousandParagraphsAreReadAndMoreThanTheLimitRefused() throws Exception {
        XWPFDocument d = document();
        for (int a = 1; a <= 100; a++) {
            styled(d, "Heading1", "Artikel " + a);
            for (int i = 0; i < 99; i++) {
                text(d, "Alinea " + i + " van artikel " + a + ".");
            }
        }
        WordImport result = reader.read("groot.docx", bytes(d));
        assertThat(result.articles()).hasSize(100);
        assertThat(result.articles().get(99).body()).contains("Alinea 98 van artikel 100.");

        XWPFDocument tooMany = document();
        styled(tooMany, "Heading1", "Eén");
        for (int i = 0; i < DocxReader.MAX_PARAGRAPHS; i++) {
            text(tooMany, "Alinea " + i + ".");
        }
        refused(bytes(tooMany), "word.error.tooManyParagraphs");
    }

    @Test
    void deeplyNestedListsKeepEveryLevelWordHas() throws Exception {
        XWPFDocument d = document();
        styled(d, "Heading1", "Diep");
        BigInteger bullets = numbering(d, false);
        for (int level = 0; level < 9; level++) {
            item(d, bullets, level, "niveau " + level);
        }
        // A jump of several levels at once hangs under the item before it.
        item(d, bullets, 0, "terug");
        item(d, bullets, 8, "sprong");

        String html = html(reader.read("diep.docx", bytes(d)).articles().getFirst().body());

        assertThat(html.split("<ul>", -1)).hasSize(9 + 1 + 1);
        assertThat(html).contains("niveau 8", "<li>terug<ul><li>sprong</li></ul></li>");
    }

    @Test
    void aFileWithoutHeadingsIsRefusedWithAnExplanation() throws Exception {
        XWPFDocument d = document();
        text(d, "Alleen platte tekst.");
        refused(bytes(d), "word.error.noHeadings");
    }

    @Test
    void anArticleLongerThanTheArticleRulesIsRefused() throws Exception {
        XWPFDocument d = document();
        styled(d, "Heading1", "Te lang");
        for (int i = 0; i < 60; i++) {
            text(d, "x".repeat(1000));
        }
        refused(bytes(d), "word.error.bodyTooLong");
        XWPFDocument longHeading = document();
        styled(longHeading, "Heading1", "k".repeat(301));
        refused(bytes(longHeading), "word.error.headingTooLong");
    }

    @Test
    void corruptEncryptedOldMacroAndOversizedFilesAreRefused() throws Exception {
        byte[] good = bytes(oneArticle());
        byte[] random = new byte[5000];
        new Random(7).nextBytes(random);
        refused(random, "word.error.notDocx");
        refused("Dit is geen Word-bestand".getBytes(StandardCharsets.UTF_8), "word.error.notDocx");
        refused(Arrays.copyOf(good, good.length / 2), "word.error.corrupt");
        refused(WordFiles.encrypted(good), "word.error.encrypted");
        refused(oldWord(), "word.error.oldWord");
        refused(
                WordFiles.withEntry(good, "word/vbaProject.bin", new byte[] {1, 2, 3}),
                "word.error.macros");
        refused(
                WordFiles.replaced(
                        good,
                        "[Content_Types].xml",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                        "application/vnd.ms-word.document.macroEnabled.main+xml"),
                "word.error.macros");
        refused(new byte[DocxReader.MAX_BYTES + 1], "word.error.tooLarge");
        refused(new byte[0], "word.error.corrupt");
    }

    @Test
    void zipBombsAreRefusedBeforeTheyAreUnpacked() throws Exception {
        byte[] huge = WordFiles.zipBomb(150);
        assertThat(huge.length).as("packed, it looks harmless").isLessThan(DocxReader.MAX_BYTES);
        refused(huge, "word.error.zipBomb");
        // Below the total limit, POI's inflate-ratio guard is the second layer.
        byte[] dense = WordFiles.zipBomb(40);
        refused(dense, "word.error.zipBomb");
    }

    private static XWPFDocument oneArticle() {
        XWPFDocument d = document();
        styled(d, "Heading1", "Artikel 1");
        text(d, "Tekst.");
        return d;
    }

    private static byte[] oldWord() throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(new byte[600]), "WordDocument");
            var out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    /** The page's HTML without the line breaks between tags. */
    private String html(String body) {
        return markdown.toSafeHtml(body).replace("\n", "");
    }

    private void refused(byte[] bytes, String key) {
        assertThatThrownBy(() -> reader.read("bestand.docx", bytes))
                .isInstanceOfSatisfying(
                        UserInputException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
