package nl.brabant.regiotafel.meeting.export;

import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;

/** Puts the document title and "Pagina N" under every page, so a printed page still says what it belongs to. */
final class PdfFooter extends PdfPageEventHelper {

    private static final float MAX_TITLE_WIDTH = 400;

    private final String title;

    PdfFooter(String title) {
        this.title = shortened(title);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        float y = document.bottom() - 25;
        ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_LEFT,
                new Phrase(title, PdfLayout.NOTE), document.left(), y, 0);
        ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_RIGHT,
                new Phrase("Pagina " + writer.getPageNumber(), PdfLayout.NOTE), document.right(), y, 0);
    }

    /** A long title would run into the page number; the full title stays in the document metadata. */
    private static String shortened(String title) {
        BaseFont font = PdfLayout.NOTE.getCalculatedBaseFont(false);
        String shown = title;
        while (shown.length() > 1 && font.getWidthPoint(shown, PdfLayout.NOTE.getSize()) > MAX_TITLE_WIDTH) {
            shown = shown.substring(0, shown.length() - 2) + "…";
        }
        return shown;
    }
}
