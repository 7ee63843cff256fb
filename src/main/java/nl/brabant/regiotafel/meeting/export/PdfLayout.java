package nl.brabant.regiotafel.meeting.export;

import static nl.brabant.regiotafel.base.format.DocumentText.isBlank;
import static nl.brabant.regiotafel.base.format.DocumentText.orDash;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.function.Consumer;
import nl.brabant.regiotafel.base.format.DateFormats;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/** The look shared by the meeting PDFs: A4 page, header block, section headings, tables and footer. */
final class PdfLayout {

    private static final Color ACCENT = new Color(0x1f, 0x4e, 0x79);
    private static final Color GREY = new Color(0x55, 0x55, 0x55);
    private static final Color HEADER_FILL = new Color(0xe4, 0xec, 0xf4);
    private static final Color RULE = new Color(0xb0, 0xb8, 0xc0);

    // The built-in Helvetica is written in Cp1252 (WinAnsi), which covers é, ë, ï, ü, – and €: no font to embed.
    static final Font BODY = new Font(Font.HELVETICA, 10);
    static final Font BODY_BOLD = new Font(Font.HELVETICA, 10, Font.BOLD);
    static final Font CELL = new Font(Font.HELVETICA, 9);
    static final Font CELL_BOLD = new Font(Font.HELVETICA, 9, Font.BOLD);
    static final Font NOTE = new Font(Font.HELVETICA, 8.5f, Font.NORMAL, GREY);
    private static final Font REMARK = new Font(Font.HELVETICA, 10, Font.ITALIC, GREY);
    private static final Font KICKER = new Font(Font.HELVETICA, 10, Font.BOLD, GREY);
    private static final Font HEADING = new Font(Font.HELVETICA, 22, Font.BOLD, ACCENT);
    private static final Font TITLE = new Font(Font.HELVETICA, 14, Font.BOLD);
    private static final Font SECTION = new Font(Font.HELVETICA, 12.5f, Font.BOLD, ACCENT);

    private PdfLayout() {}

    /** Renders one A4 document; the heading ("Agenda", "Verslag") opens the page and titles the file. */
    static byte[] render(String heading, MeetingDocument m, Consumer<Document> body) {
        String title = heading + " – " + (isBlank(m.title()) ? "regiotafel" : m.title());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 50, 60);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(new PdfFooter(title));
        document.addTitle(title);
        if (!isBlank(m.regionName())) {
            document.addSubject(m.regionName());
        }
        document.addCreator("Regiotafel");
        document.setDocumentLanguage("nl-NL");
        document.open();
        header(document, heading, m);
        body.accept(document);
        document.close();
        return out.toByteArray();
    }

    private static void header(Document document, String heading, MeetingDocument m) {
        if (!isBlank(m.regionName())) {
            document.add(new Paragraph(m.regionName(), KICKER));
        }
        document.add(new Paragraph(heading, HEADING));
        if (!isBlank(m.title())) {
            document.add(new Paragraph(m.title(), TITLE));
        }
        PdfPTable facts = new PdfPTable(new float[] {22, 78});
        facts.setWidthPercentage(100);
        facts.setSpacingBefore(6);
        fact(facts, "Bijeenkomst", m.sequenceLabel());
        fact(facts, "Datum en tijd", DateFormats.documentPeriod(m.start(), m.end()));
        fact(facts, "Locatie", m.location());
        if (!isBlank(m.onlineLink())) {
            fact(facts, "Online", m.onlineLink());
        }
        if (!isBlank(m.statusLabel())) {
            fact(facts, "Status", m.statusLabel());
        }
        document.add(facts);
    }

    private static void fact(PdfPTable facts, String label, String value) {
        facts.addCell(plain(new Phrase(label, BODY_BOLD)));
        facts.addCell(plain(new Phrase(orDash(value), BODY)));
    }

    static void section(Document document, String text) {
        Paragraph section = new Paragraph(text, SECTION);
        section.setSpacingBefore(16);
        section.setSpacingAfter(6);
        document.add(section);
    }

    /** A full-width table whose header row repeats when it runs onto the next page. */
    static PdfPTable table(float[] widths, String... headers) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String header : headers) {
            PdfPCell cell = cell(new Phrase(header, CELL_BOLD));
            cell.setBackgroundColor(HEADER_FILL);
            table.addCell(cell);
        }
        return table;
    }

    static PdfPCell cell(String text) {
        return cell(new Phrase(orDash(text), CELL));
    }

    static PdfPCell cell(Phrase phrase) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setPadding(4);
        cell.setPaddingBottom(5);
        cell.setBorderColor(RULE);
        cell.setBorderWidth(0.5f);
        return cell;
    }

    /** A remark in place of missing content, such as "Geen besluiten vastgelegd.". */
    static Paragraph note(String text) {
        return new Paragraph(text, REMARK);
    }

    private static PdfPCell plain(Phrase phrase) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(2);
        cell.setPaddingLeft(0);
        return cell;
    }
}
