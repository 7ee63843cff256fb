package nl.brabant.regiotafel.meeting.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.brabant.regiotafel.base.pdf.PdfFonts;
import nl.brabant.regiotafel.base.pdf.VeraPdf;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.verapdf.pdfa.flavours.PDFAFlavour;

class MeetingPdfExporterTest {

    private final MeetingPdfExporter exporter = new MeetingPdfExporter();

    @Test
    void agendaListsItemsAndOpenFollowUpsInDutch() throws IOException {
        byte[] pdf = exporter.agenda(SampleMeeting.thirdMeeting("Gepland"));

        String text = text(pdf);
        assertThat(text)
                .contains(
                        "Agenda",
                        "Regiotafel arbeidsmigratie maart",
                        "3e regiotafel",
                        "Regio Hart van Brabant",
                        "donderdag 12 maart 2026, 14:00–16:30",
                        "Stadhuis Tilburg",
                        "https://meet.example.org/regiotafel-hvb");
        assertThat(text)
                .contains(
                        "Agendapunten",
                        "14:00",
                        "14:20",
                        "15:05",
                        "Opening en mededelingen",
                        "20 min",
                        "kosten €",
                        "1.250 per bed.");
        assertThat(text)
                .as("user text is printed, never interpreted")
                .contains(SampleMeeting.SCRIPT_TITLE);
        assertThat(text)
                .as("Dutch characters survive the font encoding")
                .contains("Noëlle", "José");
        assertThat(text)
                .contains(
                        "Openstaande actiepunten uit eerdere regiotafels",
                        "Overzicht huisvestingslocaties aanvullen",
                        "Gemeente Waalwijk",
                        "27-02-2026");
        assertThat(text).contains("Pagina 1");
        assertThat(new PdfReader(pdf).getInfo())
                .containsEntry("Title", "Agenda – Regiotafel arbeidsmigratie maart");
    }

    @Test
    void minutesRecordAttendanceDecisionsAndActions() throws IOException {
        String text = text(exporter.minutes(SampleMeeting.thirdMeeting("Afgerond")));

        assertThat(text)
                .contains(
                        "Verslag",
                        "3e regiotafel",
                        "Aanwezigen",
                        "Noëlle van den Berg",
                        "Stichting Werk en Wonen",
                        "Afgemeld",
                        "ja",
                        "nee");
        assertThat(text)
                .contains(
                        "2. " + SampleMeeting.SCRIPT_TITLE,
                        "Er zijn drie locaties in voorbereiding.",
                        "Geen verslag vastgelegd.");
        assertThat(text)
                .contains(
                        "Besluiten",
                        "B1",
                        "B2",
                        "De regio stelt een gezamenlijk huisvestingsplan op.");
        assertThat(text)
                .contains(
                        "Actiepunten",
                        "Concept huisvestingsplan opstellen",
                        "José Verhoeven",
                        "09-04-2026",
                        "In uitvoering",
                        "14-05-2026");
        assertThat(text).contains("Pagina 1");
    }

    @Test
    void anEmptyMeetingStillExports() throws IOException {
        MeetingDocument empty = SampleMeeting.emptyMeeting();

        String agenda = text(exporter.agenda(empty));
        String minutes = text(exporter.minutes(empty));

        assertThat(agenda)
                .contains(
                        "Agenda",
                        "donderdag 4 juni 2026, 10:00",
                        "Geen agendapunten vastgelegd.",
                        "Geen openstaande actiepunten.");
        assertThat(minutes)
                .contains(
                        "Verslag",
                        "Geen deelnemers vastgelegd.",
                        "Geen besluiten vastgelegd.",
                        "Geen actiepunten vastgelegd.");
    }

    @Test
    void boldTextWithADashOrEuroSignStaysBoldInAnEmbeddedFont() throws IOException {
        byte[] agenda = preview("agenda", exporter.agenda(SampleMeeting.thirdMeeting("Gepland")));
        byte[] minutes =
                preview("minutes", exporter.minutes(SampleMeeting.thirdMeeting("Afgerond")));

        // The title ("Agenda – …"), the bold item "Begroting – € 45.000" and the footer hold "–" or
        // "€": one embedded face per weight prints them all, so nothing falls back to a
        // regular-only font.
        for (byte[] pdf : List.of(agenda, minutes)) {
            assertThat(PdfFonts.used(pdf))
                    .anyMatch(name -> name.endsWith("+LiberationSans"))
                    .anyMatch(name -> name.endsWith("+LiberationSans-Bold"))
                    .allMatch(name -> name.matches("[A-Z]{6}\\+LiberationSans(-Bold|-Italic)?"));
            assertThat(PdfFonts.notEmbedded(pdf)).isEmpty();
        }
    }

    @Test
    void approvedMinutesAreAnArchiveFileInPdfA2u() throws IOException {
        byte[] minutes =
                preview("minutes-approved", exporter.minutes(SampleMeeting.approvedMeeting()));

        VeraPdf.Verdict verdict = VeraPdf.check(minutes, PDFAFlavour.PDFA_2_U);
        System.out.println("Approved minutes: " + verdict);
        assertThat(verdict.compliant()).as(verdict.toString()).isTrue();
        PdfReader reader = new PdfReader(minutes);
        assertThat(reader.getInfo())
                .containsEntry("Title", "Verslag – Regiotafel arbeidsmigratie maart")
                .containsEntry(
                        "Subject",
                        "Verslag – Regio Hart van Brabant, 3e regiotafel, donderdag 12 maart 2026,"
                                + " 14:00–16:30, status Verslag vastgesteld");
        String xmp = new String(reader.getMetadata(), StandardCharsets.UTF_8);
        assertThat(xmp)
                .contains(
                        "<pdfaid:part>2</pdfaid:part>",
                        "<pdfaid:conformance>U</pdfaid:conformance>",
                        "Verslag – Regiotafel arbeidsmigratie maart",
                        "status Verslag vastgesteld");
    }

    @Test
    void theAgendaIsPdfA2uToo() throws IOException {
        VeraPdf.Verdict verdict =
                VeraPdf.check(
                        exporter.agenda(SampleMeeting.thirdMeeting("Agenda gepubliceerd")),
                        PDFAFlavour.PDFA_2_U);

        assertThat(verdict.compliant()).as(verdict.toString()).isTrue();
    }

    /** Run with -Dpdf.preview to look at the pages, e.g. with pdftoppm. */
    private static byte[] preview(String name, byte[] pdf) throws IOException {
        if (System.getProperty("pdf.preview") != null) {
            Path dir = Files.createDirectories(Path.of("target", "pdf-preview"));
            Files.write(dir.resolve("meeting-" + name + ".pdf"), pdf);
        }
        return pdf;
    }

    private static String text(byte[] pdf) throws IOException {
        assertThat(pdf).startsWith("%PDF".getBytes());
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        return text.toString();
    }
}
