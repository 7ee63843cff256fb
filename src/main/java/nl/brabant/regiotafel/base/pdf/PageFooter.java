package nl.brabant.regiotafel.base.pdf;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Puts the document's title and "Pagina N" under every page, so a printed page still says what it
 * belongs to.
 */
public final class PageFooter extends PdfPageEventHelper {

    private final String title;
    private final TextFont font;

    /**
     * @param maxTitleWidth points left for the title beside the page number
     * @param maxTitleLength even a title of the narrowest letters is cut after this many; saves
     *     measuring an essay
     */
    public PageFooter(String title, TextFont font, float maxTitleWidth, int maxTitleLength) {
        this.font = font;
        this.title = shortened(title, font, maxTitleWidth, maxTitleLength);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        float y = document.bottom() - 25;
        ColumnText.showTextAligned(
                writer.getDirectContent(),
                Element.ALIGN_LEFT,
                font.phrase(title),
                document.left(),
                y,
                0);
        ColumnText.showTextAligned(
                writer.getDirectContent(),
                Element.ALIGN_RIGHT,
                font.phrase("Pagina " + writer.getPageNumber()),
                document.right(),
                y,
                0);
    }

    /**
     * A long title would run into the page number; the full title stays in the document metadata.
     */
    public static String shortened(String given, TextFont font, float maxWidth, int maxLength) {
        // The footer is a single line: line breaks and tabs in a title would be lost or overprint.
        String title = given.replaceAll("\\s+", " ").strip();
        BaseFont base = font.baseFont();
        float size = font.size();
        if (base.getWidthPoint(title, size) <= maxWidth) {
            return title;
        }
        String shown = title.substring(0, Math.min(title.length(), maxLength));
        while (shown.length() > 1 && base.getWidthPoint(shown + "…", size) > maxWidth) {
            shown = shown.substring(0, shown.length() - 1);
        }
        return shown.stripTrailing() + "…";
    }
}
