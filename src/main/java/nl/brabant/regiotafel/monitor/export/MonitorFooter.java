package nl.brabant.regiotafel.monitor.export;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;

/** Puts the dashboard's title and "Pagina N" under every page, so a printed page still says what it belongs to. */
final class MonitorFooter extends PdfPageEventHelper {

    private static final float MAX_TITLE_WIDTH = 560;
    /** Even a title of the narrowest letters is cut after this many; saves measuring a pasted-in essay. */
    private static final int MAX_TITLE_LENGTH = 300;

    private final String title;

    MonitorFooter(String title) {
        this.title = shortened(title);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        float y = document.bottom() - 22;
        ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_LEFT,
                MonitorLayout.NOTE.phrase(title), document.left(), y, 0);
        ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_RIGHT,
                MonitorLayout.NOTE.phrase("Pagina " + writer.getPageNumber()), document.right(), y, 0);
    }

    /** A long title would run into the page number; the full title stays in the document metadata. */
    static String shortened(String given) {
        // The footer is a single line: line breaks and tabs in a title would be lost or overprint.
        String title = given.replaceAll("\\s+", " ").strip();
        BaseFont font = MonitorLayout.NOTE.baseFont();
        float size = MonitorLayout.NOTE.size();
        if (font.getWidthPoint(title, size) <= MAX_TITLE_WIDTH) {
            return title;
        }
        String shown = title.substring(0, Math.min(title.length(), MAX_TITLE_LENGTH));
        while (shown.length() > 1 && font.getWidthPoint(shown + "…", size) > MAX_TITLE_WIDTH) {
            shown = shown.substring(0, shown.length() - 1);
        }
        return shown.stripTrailing() + "…";
    }
}
