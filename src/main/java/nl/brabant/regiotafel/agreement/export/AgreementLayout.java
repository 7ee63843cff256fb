package nl.brabant.regiotafel.agreement.export;

import nl.brabant.regiotafel.base.pdf.TextFont;

import static nl.brabant.regiotafel.base.format.DocumentText.orDash;

import java.awt.Color;
import org.openpdf.text.Document;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/** Fonts, headings and tables of the agreement PDF, in the look of the meeting PDFs. */
final class AgreementLayout {

    private static final Color ACCENT = new Color(0x1f, 0x4e, 0x79);
    private static final Color GREY = new Color(0x55, 0x55, 0x55);
    private static final Color HEADER_FILL = new Color(0xe4, 0xec, 0xf4);
    private static final Color RULE = new Color(0xb0, 0xb8, 0xc0);

    static final TextFont BODY = TextFont.regular(10, Color.BLACK);
    static final TextFont BODY_BOLD = TextFont.bold(10, Color.BLACK);
    static final TextFont CELL = TextFont.regular(9, Color.BLACK);
    static final TextFont CELL_BOLD = TextFont.bold(9, Color.BLACK);
    // Eight columns of commitments only fit across A4 portrait in a smaller type.
    static final TextFont SMALL_CELL = TextFont.regular(7.5f, Color.BLACK);
    static final TextFont SMALL_CELL_BOLD = TextFont.bold(7.5f, Color.BLACK);
    static final TextFont NOTE = TextFont.regular(8.5f, GREY);
    static final TextFont KICKER = TextFont.bold(10, GREY);
    static final TextFont HEADING = TextFont.bold(22, ACCENT);
    static final TextFont TITLE = TextFont.bold(14, Color.BLACK);
    static final TextFont ARTICLE = TextFont.bold(11.5f, ACCENT);
    private static final TextFont REMARK = TextFont.italic(10, GREY);
    private static final TextFont SECTION = TextFont.bold(12.5f, ACCENT);

    private AgreementLayout() {}

    static void section(Document document, String text) {
        Paragraph section = SECTION.paragraph(text);
        section.setSpacingBefore(16);
        section.setSpacingAfter(6);
        document.add(section);
    }

    /** A full-width table whose header row repeats when it runs onto the next page. */
    static PdfPTable table(float[] widths, TextFont font, String... headers) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String header : headers) {
            PdfPCell cell = cell(font.phrase(header));
            cell.setBackgroundColor(HEADER_FILL);
            table.addCell(cell);
        }
        return table;
    }

    static PdfPCell cell(String text, TextFont font) {
        return cell(font.phrase(orDash(text)));
    }

    static PdfPCell cell(Phrase phrase) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setPadding(4);
        cell.setPaddingBottom(5);
        cell.setBorderColor(RULE);
        cell.setBorderWidth(0.5f);
        return cell;
    }

    /** A label and its value in a borderless two-column table, such as "Versie:" and "Vastgesteld 1.0". */
    static void fact(PdfPTable facts, String label, String value) {
        facts.addCell(plain(BODY_BOLD.phrase(label)));
        facts.addCell(plain(BODY.phrase(orDash(value))));
    }

    /** A remark in place of missing content, such as "Geen toezeggingen vastgelegd.". */
    static Paragraph note(String text) {
        return REMARK.paragraph(text);
    }

    private static PdfPCell plain(Phrase phrase) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(2);
        cell.setPaddingLeft(0);
        return cell;
    }
}
