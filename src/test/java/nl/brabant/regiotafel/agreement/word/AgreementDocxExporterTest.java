package nl.brabant.regiotafel.agreement.word;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import nl.brabant.regiotafel.agreement.export.AdoptionLine;
import nl.brabant.regiotafel.agreement.export.AgreementDocument;
import nl.brabant.regiotafel.agreement.export.ArticleLine;
import nl.brabant.regiotafel.agreement.export.CommitmentLine;
import nl.brabant.regiotafel.agreement.text.MarkdownRenderer;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

/** The Word export parsed back with POI, and imported again. */
class AgreementDocxExporterTest {

    static final List<String[]> ARTICLES =
            List.of(
                    new String[] {
                        "Doel en reikwijdte",
                        "Deze afspraken gelden voor **alle gemeenten** in de regio, *tenzij* anders"
                                + " bepaald in [de wet](https://wetten.overheid.nl).\n\n"
                                + "Zij treden in werking op 1 januari 2026."
                    },
                    new String[] {
                        "Huisvesting",
                        "De gemeenten zorgen voor:\n\n"
                                + "- short-stay huisvesting\n"
                                + "  - minstens 400 bedden\n"
                                + "    - waarvan 100 in Tilburg\n"
                                + "- mid-stay huisvesting\n\n"
                                + "## Verdeling\n\n"
                                + "| Gemeente | Bedden |\n"
                                + "| --- | --- |\n"
                                + "| Tilburg | 100 |\n"
                                + "| Waalwijk | ***80*** |\n\n"
                                + "1. eerst vergunnen\n"
                                + "2. dan bouwen\n"
                                + "   1. met de corporaties"
                    },
                    new String[] {
                        "Registratie 🤝 التسجيل",
                        "Inschrijving in de BRP of RNI: 5 * 3 = 15_a, 100% & <geen html>."
                    },
                    new String[] {"Slotbepaling", null});

    private final AgreementDocxExporter exporter =
            new AgreementDocxExporter(
                    Clock.fixed(Instant.parse("2026-12-02T08:00:00Z"), ZoneId.of("UTC")));
    private final MarkdownRenderer markdown = new MarkdownRenderer();

    static AgreementDocument sample(String versionName, ZonedDateTime createdAt) {
        List<ArticleLine> lines = new ArrayList<>();
        for (int i = 0; i < ARTICLES.size(); i++) {
            lines.add(new ArticleLine(i + 1, ARTICLES.get(i)[0], "", ARTICLES.get(i)[1]));
        }
        return new AgreementDocument(
                "Regio Hart van Brabant",
                "Afspraken huisvesting en registratie 2026–2029",
                versionName,
                "Vastgesteld",
                "Integraal",
                createdAt,
                "José Verhoeven",
                List.of("Huisvesting", "Registratie"),
                List.of(
                        new AdoptionLine(
                                "Tilburg", LocalDate.of(2026, 4, 2), "Raadsbesluit 2026-101", null),
                        new AdoptionLine("Waalwijk", null, null, null)),
                lines,
                List.of(
                        new CommitmentLine(
                                "Realiseren short-stay huisvesting",
                                "Gemeente Tilburg",
                                "Huisvesting",
                                "400 bedden",
                                LocalDate.of(2027, 12, 31),
                                "Aantal bedden",
                                "120 bedden",
                                "Op schema")));
    }

    @Test
    void titlePageNumberedArticlesCommitmentsAndFooterAreThere() throws Exception {
        byte[] docx =
                exporter.export(
                        sample(
                                "Vastgesteld 1.0",
                                ZonedDateTime.of(2026, 3, 12, 10, 0, 0, 0, ZoneId.of("UTC"))));

        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> headings =
                    d.getParagraphs().stream()
                            .filter(p -> "Heading1".equals(p.getStyleID()))
                            .map(XWPFParagraph::getText)
                            .toList();
            assertThat(headings)
                    .containsExactly(
                            "Artikel 1 – Doel en reikwijdte",
                            "Artikel 2 – Huisvesting",
                            "Artikel 3 – Registratie 🤝 التسجيل",
                            "Artikel 4 – Slotbepaling");
            String all =
                    String.join(
                            "\n", d.getParagraphs().stream().map(XWPFParagraph::getText).toList());
            assertThat(all)
                    .contains(
                            "Regio Hart van Brabant",
                            "Intergemeentelijke afspraken arbeidsmigratie",
                            "Afspraken huisvesting en registratie 2026–2029",
                            "1 van 2 gemeenten heeft vastgesteld",
                            "Toezeggingen");
            XWPFTable facts = d.getTables().get(0);
            assertThat(facts.getText())
                    .contains(
                            "Versie:",
                            "Vastgesteld 1.0",
                            "Status:",
                            "Integraal",
                            "Huisvesting, Registratie",
                            "12 maart 2026 door José Verhoeven");
            XWPFTable adoptions = d.getTables().get(1);
            assertThat(adoptions.getRow(1).getCell(1).getText()).isEqualTo("02-04-2026");
            assertThat(adoptions.getRow(2).getCell(1).getText()).isEqualTo("nog niet vastgesteld");
            XWPFTable beds = d.getTables().get(2);
            assertThat(beds.getRow(2).getCell(0).getText()).isEqualTo("Waalwijk");
            assertThat(
                            beds.getRow(2)
                                    .getCell(1)
                                    .getParagraphs()
                                    .getFirst()
                                    .getRuns()
                                    .getFirst()
                                    .isBold())
                    .isTrue();
            XWPFTable commitments = d.getTables().getLast();
            assertThat(commitments.getRow(0).getCell(7).getText()).isEqualTo("Status");
            assertThat(commitments.getRow(1).getCell(4).getText()).isEqualTo("31-12-2027");

            XWPFParagraph bold =
                    d.getParagraphs().stream()
                            .filter(p -> p.getText().startsWith("Deze afspraken"))
                            .findFirst()
                            .orElseThrow();
            assertThat(bold.getRuns())
                    .anyMatch(r -> r.isBold() && r.text().equals("alle gemeenten"));
            assertThat(bold.getRuns()).anyMatch(r -> r.isItalic() && r.text().equals("tenzij"));
            List<XWPFParagraph> items =
                    d.getParagraphs().stream().filter(p -> p.getNumID() != null).toList();
            assertThat(items)
                    .extracting(p -> p.getText() + "@" + p.getNumIlvl() + ":" + p.getNumFmt())
                    .containsExactly(
                            "short-stay huisvesting@0:bullet",
                            "minstens 400 bedden@1:bullet",
                            "waarvan 100 in Tilburg@2:bullet",
                            "mid-stay huisvesting@0:bullet",
                            "eerst vergunnen@0:decimal",
                            "dan bouwen@0:decimal",
                            "met de corporaties@1:decimal");
            String footer = d.getFooterList().getFirst().getText();
            assertThat(footer).contains("versie Vastgesteld 1.0", "12 maart 2026", "pagina");
        }
    }

    @Test
    void theCurrentTextCarriesTheDayOfTheExportInItsFooter() throws Exception {
        byte[] docx = exporter.export(sample("Huidige tekst", null));
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(d.getFooterList().getFirst().getText())
                    .contains("versie Huidige tekst", "2 december 2026");
        }
    }

    /** Export, then import: the articles come back with the same text and structure. */
    @Test
    void importingTheExportLosesNothingButLayout() {
        byte[] docx = exporter.export(sample("Concept 0.3", null));

        WordImport back = new DocxReader().read("afspraken-HVB.docx", docx);

        assertThat(back.articles()).hasSize(ARTICLES.size());
        for (int i = 0; i < ARTICLES.size(); i++) {
            WordImport.Article article = back.articles().get(i);
            assertThat(article.heading()).isEqualTo(ARTICLES.get(i)[0]);
            assertThat(html(article.body()))
                    .as("article %d renders the same", i + 1)
                    .isEqualTo(html(ARTICLES.get(i)[1]));
        }
        assertThat(back.dropped())
                .extracting(WordImport.Dropped::kind)
                .as("the title page and the commitments are no articles")
                .contains(WordImport.Kind.TEXT_BEFORE_FIRST_HEADING, WordImport.Kind.APPENDIX);
    }

    private String html(String body) {
        return markdown.toSafeHtml(body).replace("\n", "");
    }
}
