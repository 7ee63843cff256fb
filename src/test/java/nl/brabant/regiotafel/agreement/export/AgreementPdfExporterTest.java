package nl.brabant.regiotafel.agreement.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.brabant.regiotafel.base.pdf.HouseStyle;
import nl.brabant.regiotafel.base.pdf.PageFooter;
import nl.brabant.regiotafel.base.pdf.PdfFonts;
import nl.brabant.regiotafel.base.pdf.VeraPdf;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.verapdf.pdfa.flavours.PDFAFlavour;

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
    void adoptedAgreementIsAnArchiveFileInPdfA2u() throws IOException {
        byte[] pdf = export("adopted", SampleAgreement.adopted());

        VeraPdf.Verdict verdict = VeraPdf.check(pdf, PDFAFlavour.PDFA_2_U);
        System.out.println("Adopted agreement: " + verdict);
        assertThat(verdict.compliant()).as(verdict.toString()).isTrue();
        assertThat(PdfFonts.notEmbedded(pdf)).isEmpty();
        PdfReader reader = new PdfReader(pdf);
        String description =
                "Intergemeentelijke afspraken arbeidsmigratie – Regio Hart van Brabant, versie"
                        + " Vastgesteld 1.0 van 13 maart 2026, status Vastgesteld";
        assertThat(reader.getInfo()).containsEntry("Subject", description);
        assertThat(new String(reader.getMetadata(), StandardCharsets.UTF_8))
                .as("the XMP metadata repeats the document information")
                .contains(
                        "<pdfaid:part>2</pdfaid:part>",
                        "<pdfaid:conformance>U</pdfaid:conformance>",
                        ">" + SampleAgreement.TITLE + "<",
                        ">" + description + "<",
                        "Huisvesting, Registratie, Handhaving");
    }

    @Test
    void headingsInEveryLanguageOfTheRegionStayBoldAndTheFileStaysPdfA() throws IOException {
        String heading = "Łódź, Iași en Zürich – € 45.000 voor ș, ț, ő en ğ";
        String odd = "Emoji 🏠, 中文 en العربية: letters die het lettertype niet kent";
        AgreementDocument agreement =
                withArticles(
                        SampleAgreement.adopted(),
                        List.of(
                                new ArticleLine(1, heading, "Gewone tekst: Ł ș € –."),
                                new ArticleLine(2, odd, odd)));

        byte[] pdf = export("languages", agreement);

        String text = String.join("\n", pages(pdf));
        assertThat(text).contains("Artikel 1 – " + heading, "Gewone tekst: Ł ș € –.");
        assertThat(text)
                .as("a letter the font lacks shows as a square, not as a silent gap")
                .contains("Emoji □, □□ en □□□□□□□: letters die het lettertype niet kent");
        assertThat(PdfFonts.used(pdf))
                .as("one embedded face per weight, no regular-only fallback")
                .anyMatch(name -> name.endsWith("+LiberationSans-Bold"))
                .allMatch(name -> name.matches("[A-Z]{6}\\+LiberationSans(-Bold|-Italic)?"));
        VeraPdf.Verdict verdict = VeraPdf.check(pdf, PDFAFlavour.PDFA_2_U);
        assertThat(verdict.compliant())
                .as(
                        "letters outside the font are left out, never drawn as a missing glyph: %s",
                        verdict)
                .isTrue();
    }

    @Test
    void forScreenReadersOnlyTheTagsAreMissing() throws IOException {
        VeraPdf.Verdict verdict =
                VeraPdf.check(exporter.export(SampleAgreement.adopted()), PDFAFlavour.PDFUA_1);

        System.out.println("Adopted agreement: " + verdict);
        // Language, displayed title, metadata and embedded fonts pass. OpenPDF cannot tag the
        // text it lays out (structure tree, marked content, PDF/UA identification); a library that
        // can is named in the base.pdf package note. When tags come, this test must change.
        assertThat(verdict.failedRules())
                .containsExactlyInAnyOrder("5-1", "6.2-1", "7.1-11", "7.1-3");
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

    private static AgreementDocument withArticles(AgreementDocument a, List<ArticleLine> articles) {
        return new AgreementDocument(
                a.regionName(),
                a.title(),
                a.versionName(),
                a.statusLabel(),
                a.scopeLabel(),
                a.versionCreatedAt(),
                a.versionCreatedBy(),
                a.themeLabels(),
                a.adoptions(),
                articles,
                a.commitments());
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
