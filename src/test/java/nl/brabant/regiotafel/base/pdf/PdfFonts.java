package nl.brabant.regiotafel.base.pdf;

import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfReader;

/**
 * The fonts a PDF's pages use, by their base font name ("Helvetica-Bold", "ABCDEF+LiberationSans").
 */
public final class PdfFonts {

    private PdfFonts() {}

    public static Set<String> used(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        Set<String> names = new TreeSet<>();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            PdfDictionary resources = reader.getPageN(page).getAsDict(PdfName.RESOURCES);
            PdfDictionary fonts = resources == null ? null : resources.getAsDict(PdfName.FONT);
            if (fonts == null) {
                continue;
            }
            for (PdfName key : fonts.getKeys()) {
                PdfName name = fonts.getAsDict(key).getAsName(PdfName.BASEFONT);
                names.add(PdfName.decodeName(name.toString()));
            }
        }
        return names;
    }
}
