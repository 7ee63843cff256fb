package nl.brabant.regiotafel.agreement.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.brabant.regiotafel.base.pdf.HouseStyle;
import nl.brabant.regiotafel.base.pdf.PageFooter;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

class AgreementPdfExporterTest {

    private final AgreementPdfExporter exporter = new AgreementPdfExporter();

    @Test
    void adoptedAgreementPrintsTitlePageArticlesAndCommitments() throws IOException {
        byte[] pdf = export("adopted", SampleAgreement.adopted());

        String text = String.join("\n", pages(pdf));
        assertThat(text)
                .contains(
                        "Intergemeentelijke afspraken arbeidsmigratie",
                        SampleAgreement.TITLE,
                        "Regio Hart van Brabant",
                        "Versie: Vastgesteld 1.0",
                        "Status: Vastgesteld",
                        "Alle gemeenten in de regio",
                        "Huisvesting, Registratie, Handhaving");
        assertThat(text)
                .as("23:30 UTC is already the next day in the Netherlands")
                .contains("13 maart 2026 door José Verhoeven");
        assertThat(text)
                .contains(
                        "Vaststelling per gemeente",
                        "9 van 9 gemeenten hebben vastgesteld",
                        "Gemeente Gilze en Rijen",
                        "07-04-2026",
                        "Raadsbesluit 2026-106",
                        "vastgelegd door Noëlle van den Berg");
        assertThat(text)
                .contains(
                        "Artikel 1 – Doel en reikwijdte",
                        "Artikel 3 – Registratie (BRP/RNI)",
                        "• voorlichting in het Pools, Roemeens en Engels",
                        "• met terugkoppeling aan de melder",
                        "€ 45.000 per jaar");
        assertThat(text)
                .as("user text is printed, never interpreted")
                .contains("Artikel 4 – " + SampleAgreement.SCRIPT_HEADING);
        String cells = text.replaceAll("\\s+", " ");
        assertThat(cells)
                .as("narrow columns wrap their text over lines")
                .contains(
                        "Toezeggingen",
                        "Omschrijving",
                        "Voortgang",
                        "Realiseren short-stay huisvesting",
                        "Gemeente Tilburg",
                        "€ 1.250 per bed",
                        "31-12-2027",
                        "Aantal gerealiseerde bedden",
                        "120 van 400",
                        "In uitvoering",
                        "Op schema");
        assertThat(cells).as("letters outside Cp1252 still print").contains("Łukasz Kowalski");
        assertThat(text).doesNotContain("Geen toezeggingen vastgelegd.");
        assertThat(text).contains("Pagina 1", "Pagina 2");
        var info = new PdfReader(pdf).getInfo();
        assertThat(info).containsEntry("Title", SampleAgreement.TITLE);
        assertThat(info.get("Subject")).contains("Regio Hart van Brabant", "Vastgesteld 1.0");
    }

    @Test
    void draftCountsAdoptionsSoFarAndSaysThereAreNoCommitments() throws IOException {
        String text = String.join("\n", pages(export("draft", SampleAgreement.draft())));

        assertThat(text)
                .contains(
                        "Versie: Concept 0.3",
                        "Status: Concept",
                        "Reikwijdte: —",
                        "Thema's: —",
                        "1 mei 2026",
                        "2 van 9 gemeenten hebben vastgesteld",
                        "21-05-2026",
                        "nog niet vastgesteld");
        assertThat(text).contains("Artikel 2 – Huisvesting").doesNotContain("Artikel 3");
        assertThat(text).contains("Toezeggingen", "Geen toezeggingen vastgelegd.");
    }

    @Test
    void everyPageOfALongAgreementHasItsFooter() throws IOException {
        List<String> pages = pages(export("long", SampleAgreement.long40()));

        assertThat(pages).hasSizeGreaterThanOrEqualTo(4);
        for (int page = 1; page <= pages.size(); page++) {
            assertThat(pages.get(page - 1))
                    .as("page %d", page)
                    .contains(SampleAgreement.TITLE, "Pagina " + page);
        }
        assertThat(pages.getLast())
                .contains(
                        "Artikel 40 – Afspraak over onderwerp 40", "Geen toezeggingen vastgelegd.");
    }

    @Test
    void nothingButNullsStillExports() throws IOException {
        var empty =
                new AgreementDocument(
                        null, null, null, null, null, null, null, null, null, null, null);

        String text = String.join("\n", pages(export("empty", empty)));

        assertThat(text)
                .contains(
                        "Intergemeentelijke afspraken arbeidsmigratie",
                        "Versie: —",
                        "Nog geen gemeenten aan deze afspraken verbonden.",
                        "Geen artikelen vastgelegd.",
                        "Geen toezeggingen vastgelegd.",
                        "Pagina 1");
    }

    @Test
    void aLongTitleIsShortenedInTheFooterOnly() {
        String title = "Afspraken ".repeat(40).strip();

        String footer = PageFooter.shortened(title + "\n", HouseStyle.NOTE, 400, 220);

        assertThat(footer).endsWith("…").hasSizeLessThan(title.length()).doesNotContain("\n");
        assertThat(PageFooter.shortened("Korte titel", HouseStyle.NOTE, 400, 220))
                .isEqualTo("Korte titel");
    }

    private byte[] export(String name, AgreementDocument agreement) throws IOException {
        byte[] pdf = exporter.export(agreement);
        assertThat(pdf).startsWith("%PDF".getBytes());
        // Run with -Dpdf.preview to look at the pages, e.g. with pdftoppm.
        if (System.getProperty("pdf.preview") != null) {
            Path dir = Files.createDirectories(Path.of("target", "pdf-preview"));
            Files.write(dir.resolve("agreement-" + name + ".pdf"), pdf);
        }
        return pdf;
    }

    private static List<String> pages(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        List<String> pages = new ArrayList<>();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            // The bullet is followed by non-breaking spaces, which the extractor returns along with
            // spaces of its own.
            pages.add(
                    extractor
                            .getTextFromPage(page)
                            .replace('\u00a0', ' ')
                            .replaceAll(" {2,}", " "));
        }
        return pages;
    }
}
