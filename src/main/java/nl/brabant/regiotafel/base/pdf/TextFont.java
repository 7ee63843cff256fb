package nl.brabant.regiotafel.base.pdf;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import org.openpdf.text.Chunk;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;

/**
 * A size and weight of Helvetica that keeps its weight for Dutch text. OpenPDF 3 sends any text
 * holding a character above U+00FF (–, €, •, …) to its embedded Liberation Sans Regular, which
 * drops bold, unless the font names its encoding. So text that Cp1252 (WinAnsi) can write is set in
 * built-in Helvetica/Cp1252, and only text with letters outside it, such as the Polish Ł or the
 * Romanian ș, is left to OpenPDF's fallback so that those still print.
 */
public record TextFont(Font cp1252, Font fallback) {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    public static TextFont regular(float size, Color color) {
        return of(BaseFont.HELVETICA, size, Font.NORMAL, color);
    }

    public static TextFont bold(float size, Color color) {
        return of(BaseFont.HELVETICA_BOLD, size, Font.BOLD, color);
    }

    public static TextFont italic(float size, Color color) {
        return of(BaseFont.HELVETICA_OBLIQUE, size, Font.ITALIC, color);
    }

    private static TextFont of(String name, float size, int style, Color color) {
        try {
            // The weight is in the base font itself; a style on top would make OpenPDF embolden it
            // a second time.
            Font cp1252 =
                    new Font(
                            BaseFont.createFont(name, BaseFont.CP1252, BaseFont.NOT_EMBEDDED),
                            size,
                            Font.NORMAL,
                            color);
            return new TextFont(cp1252, new Font(Font.HELVETICA, size, style, color));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Font forText(String text) {
        return WINDOWS_1252.newEncoder().canEncode(text) ? cp1252 : fallback;
    }

    public float size() {
        return cp1252.getSize();
    }

    public BaseFont baseFont() {
        return cp1252.getBaseFont();
    }

    public Chunk chunk(String text) {
        return new Chunk(text, forText(text));
    }

    public Phrase phrase(String text) {
        return new Phrase(chunk(text));
    }

    public Paragraph paragraph(String text) {
        return new Paragraph(text, forText(text));
    }
}
