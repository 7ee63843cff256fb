package nl.brabant.regiotafel.meeting.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

/** The meeting's Word files parsed back with POI. */
class MeetingDocxExporterTest {

    private final MeetingDocxExporter exporter = new MeetingDocxExporter();

    @Test
    void theAgendaListsItsItemsAndTheOpenActionItems() throws Exception {
        try (XWPFDocument d = read(exporter.agenda(SampleMeeting.thirdMeeting("Gepland")))) {
            assertThat(headings(d, "Heading1"))
                    .containsExactly(
                            "Agendapunten", "Openstaande actiepunten uit eerdere regiotafels");
            assertThat(text(d))
                    .contains(
                            "Regio Hart van Brabant", "Agenda", "Regiotafel arbeidsmigratie maart");
            XWPFTable facts = d.getTables().get(0);
            assertThat(facts.getText())
                    .contains("3e regiotafel", "Stadhuis Tilburg", "12 maart 2026");
            XWPFTable agenda = d.getTables().get(1);
            assertThat(agenda.getRows()).hasSize(1 + 4);
            assertThat(agenda.getRow(2).getCell(3).getText())
                    .as("user text is written as text")
                    .contains(SampleMeeting.SCRIPT_TITLE, "€ 1.250 per bed");
            assertThat(agenda.getRow(2).getCell(1).getText()).isEqualTo("14:20");
            assertThat(d.getTables().get(2).getRow(1).getCell(0).getText())
                    .isEqualTo("Overzicht huisvestingslocaties aanvullen");
            assertThat(d.getFooterList().getFirst().getText())
                    .contains("Agenda – Regiotafel arbeidsmigratie maart", "12 maart 2026");
        }
    }

    @Test
    void theMinutesHoldAttendeesMinutesPerItemDecisionsAndActionItems() throws Exception {
        try (XWPFDocument d = read(exporter.minutes(SampleMeeting.thirdMeeting("Afgerond")))) {
            assertThat(headings(d, "Heading1"))
                    .containsExactly(
                            "Aanwezigen", "Verslag per agendapunt", "Besluiten", "Actiepunten");
            assertThat(headings(d, "Heading2"))
                    .containsExactly(
                            "1. Opening en mededelingen",
                            "2. " + SampleMeeting.SCRIPT_TITLE,
                            "3. Registratie arbeidsmigranten (BRP/RNI)",
                            "4. Begroting 2027 – € 45.000 voor voorlichting");
            assertThat(text(d))
                    .contains(
                            "Er zijn drie locaties in voorbereiding.",
                            "Geen verslag vastgelegd.",
                            "Akkoord – € 45.000 wordt gereserveerd.");
            List<XWPFTable> tables = d.getTables();
            XWPFTable attendees = tables.get(1);
            assertThat(attendees.getRow(3).getCell(3).getText()).isEqualTo("nee");
            XWPFTable decisions = tables.get(2);
            assertThat(decisions.getRow(1).getCell(0).getText()).isEqualTo("B1");
            assertThat(decisions.getRow(2).getCell(1).getText())
                    .isEqualTo("Registratie in de BRP wordt actief bevorderd.");
            XWPFTable actions = tables.get(3);
            assertThat(actions.getRow(2).getCell(2).getText()).isEqualTo("14-05-2026");
            assertThat(actions.getRow(2).getCell(3).getText()).isEqualTo("In uitvoering");
        }
    }

    @Test
    void anEmptyMeetingSaysSoInsteadOfEmptyTables() throws Exception {
        try (XWPFDocument d = read(exporter.minutes(SampleMeeting.emptyMeeting()))) {
            assertThat(text(d))
                    .contains(
                            "Geen deelnemers vastgelegd.",
                            "Geen agendapunten vastgelegd.",
                            "Geen besluiten vastgelegd.",
                            "Geen actiepunten vastgelegd.");
        }
    }

    private static XWPFDocument read(byte[] docx) throws Exception {
        return new XWPFDocument(new ByteArrayInputStream(docx));
    }

    private static List<String> headings(XWPFDocument d, String style) {
        return d.getParagraphs().stream()
                .filter(p -> style.equals(p.getStyleID()))
                .map(XWPFParagraph::getText)
                .toList();
    }

    private static String text(XWPFDocument d) {
        return String.join("\n", d.getParagraphs().stream().map(XWPFParagraph::getText).toList());
    }
}
