package nl.brabant.regiotafel.meeting.export;

import static nl.brabant.regiotafel.base.format.DocumentText.isBlank;
import static nl.brabant.regiotafel.base.format.DocumentText.orDash;
import static nl.brabant.regiotafel.base.format.DocumentText.orEmpty;
import static nl.brabant.regiotafel.base.pdf.HouseStyle.note;
import static nl.brabant.regiotafel.base.pdf.HouseStyle.section;
import static nl.brabant.regiotafel.meeting.export.PdfLayout.cell;
import static nl.brabant.regiotafel.meeting.export.PdfLayout.table;

import java.util.List;
import nl.brabant.regiotafel.base.format.DateFormats;
import nl.brabant.regiotafel.base.pdf.HouseStyle;
import nl.brabant.regiotafel.base.pdf.Tables;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.springframework.stereotype.Component;

/** Prints a meeting's agenda and its minutes (verslag) as Dutch A4 PDF documents. */
@Component
public class MeetingPdfExporter {

    /** The agenda sent out before the meeting, with the open action items of earlier meetings. */
    public byte[] agenda(MeetingDocument m) {
        return PdfLayout.render(
                "Agenda",
                m,
                document -> {
                    section(document, "Agendapunten");
                    List<AgendaEntry> agenda = orEmpty(m.agenda());
                    if (agenda.isEmpty()) {
                        document.add(note("Geen agendapunten vastgelegd."));
                    } else {
                        PdfPTable table =
                                table(
                                        new float[] {5, 8, 9, 38, 19, 21},
                                        "Nr",
                                        "Start",
                                        "Duur",
                                        "Onderwerp",
                                        "Inbrenger",
                                        "Thema's");
                        for (AgendaEntry item : agenda) {
                            table.addCell(cell(String.valueOf(item.number())));
                            table.addCell(cell(DateFormats.documentTime(item.start())));
                            table.addCell(
                                    cell(item.minutes() > 0 ? item.minutes() + " min" : null));
                            table.addCell(subject(item));
                            table.addCell(cell(item.presenter()));
                            table.addCell(cell(item.themes()));
                        }
                        document.add(table);
                    }
                    section(document, "Openstaande actiepunten uit eerdere regiotafels");
                    actions(document, m.followUps(), "Geen openstaande actiepunten.");
                });
    }

    /**
     * The minutes: who attended, what was said per agenda item, and what was decided and agreed.
     */
    public byte[] minutes(MeetingDocument m) {
        return PdfLayout.render(
                "Verslag",
                m,
                document -> {
                    section(document, "Aanwezigen");
                    attendees(document, orEmpty(m.attendees()));
                    section(document, "Verslag per agendapunt");
                    List<AgendaEntry> agenda = orEmpty(m.agenda());
                    if (agenda.isEmpty()) {
                        document.add(note("Geen agendapunten vastgelegd."));
                    }
                    for (AgendaEntry item : agenda) {
                        Paragraph heading =
                                HouseStyle.BODY_BOLD.paragraph(
                                        item.number() + ". " + orDash(item.title()));
                        heading.setSpacingBefore(6);
                        document.add(heading);
                        document.add(
                                isBlank(item.minutesText())
                                        ? note("Geen verslag vastgelegd.")
                                        : HouseStyle.BODY.paragraph(item.minutesText()));
                    }
                    section(document, "Besluiten");
                    decisions(document, orEmpty(m.decisions()));
                    section(document, "Actiepunten");
                    actions(document, m.actions(), "Geen actiepunten vastgelegd.");
                });
    }

    private static PdfPCell subject(AgendaEntry item) {
        Phrase phrase = HouseStyle.CELL_BOLD.phrase(orDash(item.title()));
        if (!isBlank(item.explanation())) {
            phrase.add(Chunk.NEWLINE);
            phrase.add(HouseStyle.NOTE.chunk(item.explanation()));
        }
        return Tables.cell(phrase);
    }

    private static void attendees(Document document, List<AttendeeEntry> attendees) {
        if (attendees.isEmpty()) {
            document.add(note("Geen deelnemers vastgelegd."));
            return;
        }
        PdfPTable table =
                table(
                        new float[] {30, 36, 20, 14},
                        "Naam",
                        "Organisatie",
                        "Aanmelding",
                        "Aanwezig");
        for (AttendeeEntry attendee : attendees) {
            table.addCell(cell(attendee.name()));
            table.addCell(cell(attendee.organisation()));
            table.addCell(cell(attendee.rsvpLabel()));
            table.addCell(cell(attended(attendee.attended())));
        }
        document.add(table);
    }

    private static void decisions(Document document, List<DecisionEntry> decisions) {
        if (decisions.isEmpty()) {
            document.add(note("Geen besluiten vastgelegd."));
            return;
        }
        PdfPTable table = table(new float[] {7, 70, 23}, "Nr", "Besluit", "Thema");
        for (DecisionEntry decision : decisions) {
            table.addCell(cell("B" + decision.number()));
            table.addCell(cell(decision.text()));
            table.addCell(cell(decision.theme()));
        }
        document.add(table);
    }

    private static void actions(Document document, List<ActionEntry> given, String none) {
        List<ActionEntry> actions = orEmpty(given);
        if (actions.isEmpty()) {
            document.add(note(none));
            return;
        }
        PdfPTable table =
                table(
                        new float[] {42, 26, 14, 18},
                        "Omschrijving",
                        "Eigenaar",
                        "Deadline",
                        "Status");
        for (ActionEntry action : actions) {
            table.addCell(cell(action.description()));
            table.addCell(cell(action.owner()));
            table.addCell(cell(DateFormats.documentDate(action.due())));
            table.addCell(cell(action.statusLabel()));
        }
        document.add(table);
    }

    private static String attended(Boolean attended) {
        return attended == null ? "onbekend" : attended ? "ja" : "nee";
    }
}
