package nl.brabant.regiotafel.base.pdf;

import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfReader;

/**
 * The fonts a PDF's pages use, by their base font name ("ABCDEF+LiberationSans-Bold"), and which of
 * them the file does not carry.
 */
public final class PdfFonts {

    private PdfFonts() {}

    public static Set<String> used(byte[] pdf) throws IOException {
        Set<String> names = new TreeSet<>();
        fonts(pdf, (name, font) -> names.add(name));
        return names;
    }

    /** The fonts a reader must find on its own computer, and so may print differently. */
    public static Set<String> notEmbedded(byte[] pdf) throws IOException {
        Set<String> names = new TreeSet<>();
        fonts(
                pdf,
                (name, font) -> {
                    if (!embedded(font)) {
                        names.add(name);
                    }
                });
        return names;
    }

    private interface FontVisitor {
        void visit(String name, PdfDictionary font);
    }

    private static void fonts(byte[] pdf, FontVisitor visitor) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            PdfDictionary resources = reader.getPageN(page).getAsDict(PdfName.RESOURCES);
            PdfDictionary fonts = resources == null ? null : resources.getAsDict(PdfName.FONT);
            if (fonts == null) {
                continue;
            }
            for (PdfName key : fonts.getKeys()) {
                PdfDictionary font = fonts.getAsDict(key);
                PdfName name = font.getAsName(PdfName.BASEFONT);
                visitor.visit(PdfName.decodeName(name.toString()), font);
            }
        }
    }

    /** A composite (Type0) font keeps its font file with its descendant. */
    private static boolean embedded(PdfDictionary font) {
        PdfArray descendants = font.getAsArray(PdfName.DESCENDANTFONTS);
        PdfDictionary described =
                descendants == null || descendants.isEmpty() ? font : descendants.getAsDict(0);
        PdfDictionary descriptor = described.getAsDict(PdfName.FONTDESCRIPTOR);
        return descriptor != null
                && (descriptor.contains(PdfName.FONTFILE)
                        || descriptor.contains(PdfName.FONTFILE2)
                        || descriptor.contains(PdfName.FONTFILE3));
    }
}
