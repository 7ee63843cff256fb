package nl.brabant.regiotafel.agreement.export;

import static nl.brabant.regiotafel.base.format.DocumentText.orDash;

import java.awt.Color;
import nl.brabant.regiotafel.base.pdf.HouseStyle;
import nl.brabant.regiotafel.base.pdf.Tables;
import nl.brabant.regiotafel.base.pdf.TextFont;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/**
 * What the agreement PDF adds to the house style: article headings, and a smaller type for wide
 * tables.
 */
final class AgreementLayout {

    // Eight columns of commitments only fit across A4 portrait in a smaller type.
    static final TextFont SMALL_CELL = TextFont.regular(7.5f, Color.BLACK);
    static final TextFont SMALL_CELL_BOLD = TextFont.bold(7.5f, Color.BLACK);
    static final TextFont ARTICLE = TextFont.bold(11.5f, HouseStyle.ACCENT);

    private AgreementLayout() {}

    /** A table cell; a missing value prints as "—". */
    static PdfPCell cell(String text, TextFont font) {
        return Tables.cell(orDash(text), font);
    }

    /**
     * A label and its value, such as "Versie:" and "Vastgesteld 1.0"; a missing value prints as
     * "—".
     */
    static void fact(PdfPTable facts, String label, String value) {
        Tables.fact(facts, label, orDash(value));
    }
}
