package nl.brabant.regiotafel.base.pdf;

import java.awt.Color;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/**
 * The tables of the house style: full width, thin grey rules, a tinted header row that repeats on
 * every page. Text is printed as given; the caller decides how a missing value reads.
 */
public final class Tables {

    private Tables() {}

    /** A full-width table whose header row repeats when it runs onto the next page. */
    public static PdfPTable table(float[] widths, TextFont headerFont, String... headers) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String header : headers) {
            table.addCell(cell(headerFont.phrase(header), HouseStyle.HEADER_FILL));
        }
        return table;
    }

    public static PdfPCell cell(String text, TextFont font) {
        return cell(font.phrase(text));
    }

    public static PdfPCell cell(Phrase phrase) {
        return cell(phrase, null);
    }

    /** A bordered cell; a null fill leaves it white. */
    public static PdfPCell cell(Phrase phrase, Color fill) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setPadding(4);
        cell.setPaddingBottom(5);
        cell.setBorderColor(HouseStyle.RULE);
        cell.setBorderWidth(0.5f);
        cell.setBackgroundColor(fill);
        return cell;
    }

    /**
     * A borderless two-column table of labels and values, such as "Versie:" and "Vastgesteld 1.0".
     */
    public static PdfPTable facts(float labelWidth, float valueWidth, float spacingBefore) {
        PdfPTable facts = new PdfPTable(new float[] {labelWidth, valueWidth});
        facts.setWidthPercentage(100);
        facts.setSpacingBefore(spacingBefore);
        return facts;
    }

    public static void fact(PdfPTable facts, String label, String value) {
        facts.addCell(plain(HouseStyle.BODY_BOLD.phrase(label)));
        facts.addCell(plain(HouseStyle.BODY.phrase(value)));
    }

    private static PdfPCell plain(Phrase phrase) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(2);
        cell.setPaddingLeft(0);
        return cell;
    }
}
