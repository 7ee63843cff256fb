package nl.brabant.regiotafel.base.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.openpdf.text.Document;
import org.openpdf.text.pdf.PdfBoolean;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Makes a document PDF/A-2u, the durable format that the Archiefregeling asks for: every font
 * embedded with its Unicode mapping ({@link TextFont}), the sRGB colour space named as output
 * intent, and XMP metadata that repeats the title and description (region, date, version) of the
 * document information. Screen readers get the language and the title; the text is not tagged,
 * which OpenPDF cannot do for its page layout (see the package note).
 */
public final class ArchivePdf {

    /** The JDK's own sRGB profile (IEC 61966-2.1): the colours the house style is given in. */
    private static final String SRGB = "sRGB IEC61966-2.1";

    private static final String LANGUAGE = "nl-NL";

    private ArchivePdf() {}

    /**
     * Opens the document in place of {@link Document#open()}; keywords and other metadata must be
     * added before. The description says what, where, when and which version, such as "Verslag –
     * Regio Hart van Brabant, 3e regiotafel, 12 maart 2026, status Verslag vastgesteld".
     */
    public static void open(Document document, PdfWriter writer, String title, String description) {
        writer.setPDFXConformance(PdfWriter.PDFA2U);
        HouseStyle.describe(document, title, description);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(LANGUAGE));
        writer.addViewerPreference(PdfName.DISPLAYDOCTITLE, PdfBoolean.PDFTRUE);
        document.open();
        try {
            // Written into the file's body, so only once the document is open.
            writer.setOutputIntents(
                    SRGB,
                    null,
                    "http://www.color.org",
                    SRGB,
                    ICC_Profile.getInstance(ColorSpace.CS_sRGB));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Taken from the document information as it stands now, so the two always agree.
        writer.createXmpMetadata();
    }
}
