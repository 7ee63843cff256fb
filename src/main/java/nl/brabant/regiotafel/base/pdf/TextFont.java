package nl.brabant.regiotafel.base.pdf;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.openpdf.text.Chunk;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;

/**
 * A size and weight of Liberation Sans (metric-compatible with Helvetica and Arial, SIL Open Font
 * License, from OpenPDF's fonts jar), embedded as a subset with Unicode (Identity-H) encoding. An
 * archive file must carry its fonts (PDF/A), every weight keeps its weight for any letter the font
 * has (the Polish Ł, the Romanian ș, –, €), and the text can be copied and searched. A letter the
 * font lacks (Chinese, Arabic, emoji) prints as "□", so that a reader sees that something is
 * missing instead of reading a sentence with a silent gap.
 */
public record TextFont(Font font) {

    private static final String REGULAR = "liberation/LiberationSans-Regular.ttf";
    private static final String BOLD = "liberation/LiberationSans-Bold.ttf";
    private static final String ITALIC = "liberation/LiberationSans-Italic.ttf";

    /** White square, which Liberation Sans has (it has no U+FFFD). */
    private static final char MISSING_GLYPH = '□';

    public static TextFont regular(float size, Color color) {
        return of(REGULAR, size, color);
    }

    public static TextFont bold(float size, Color color) {
        return of(BOLD, size, color);
    }

    public static TextFont italic(float size, Color color) {
        return of(ITALIC, size, color);
    }

    private static TextFont of(String file, float size, Color color) {
        try {
            // OpenPDF caches the parsed font; each document embeds only the glyphs it uses.
            BaseFont base = BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            // The CIDSet that OpenPDF writes lists only the subset's glyphs, which PDF/A-2 counts
            // as an error; the stream is optional there, so it is left out.
            base.setIncludeCidSet(false);
            // The weight is in the font file itself; a style on top would make OpenPDF embolden or
            // slant it a second time.
            return new TextFont(new Font(base, size, Font.NORMAL, color));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public float size() {
        return font.getSize();
    }

    public BaseFont baseFont() {
        return font.getBaseFont();
    }

    public Chunk chunk(String text) {
        return new Chunk(printable(text), font);
    }

    public Phrase phrase(String text) {
        return new Phrase(chunk(text));
    }

    public Paragraph paragraph(String text) {
        return new Paragraph(printable(text), font);
    }

    /**
     * The text with every letter that the font has no glyph for replaced by "□"; control and format
     * characters without a glyph (a zero-width space, a direction mark) are left out, as a reader
     * would not see them anyway.
     */
    String printable(String text) {
        if (text == null) {
            return null;
        }
        BaseFont base = font.getBaseFont();
        StringBuilder shown = new StringBuilder(text.length());
        text.codePoints()
                .forEach(
                        c -> {
                            if (Character.isWhitespace(c) || base.charExists(c)) {
                                shown.appendCodePoint(c);
                            } else if (!invisible(c)) {
                                shown.append(MISSING_GLYPH);
                            }
                        });
        return shown.toString();
    }

    private static boolean invisible(int c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT;
    }
}
