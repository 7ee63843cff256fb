package nl.brabant.regiotafel.base.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Word documents in the house style. The headings are Word's own built-in styles (ids "Heading1"…,
 * names "heading 1"…), so Word and LibreOffice show them in the navigation pane and in their own
 * language, and the import recognises them again. "Bijlage" marks a part that is no article.
 */
public final class WordStyle {

    public static final String TITLE = "Title";
    public static final String SUBTITLE = "Subtitle";
    public static final String APPENDIX = "Bijlage";
    public static final String ACCENT = "1F4E79";
    private static final String FONT = "Calibri";

    private WordStyle() {}

    /** An empty A4 document with the house styles. */
    public static XWPFDocument create() {
        XWPFDocument document = new XWPFDocument();
        var page = document.getDocument().getBody().addNewSectPr();
        page.addNewPgSz().setW(BigInteger.valueOf(11906));
        page.getPgSz().setH(BigInteger.valueOf(16838));
        XWPFStyles styles = document.createStyles();
        styles.addStyle(style(TITLE, "Title", 48, null, true));
        styles.addStyle(style(SUBTITLE, "Subtitle", 28, null, false));
        for (int level = 1; level <= 7; level++) {
            styles.addStyle(
                    style(
                            "Heading" + level,
                            "heading " + level,
                            Math.max(22, 34 - 4 * level),
                            level - 1,
                            true));
        }
        styles.addStyle(style(APPENDIX, "Bijlage", 30, 0, true));
        return document;
    }

    private static XWPFStyle style(
            String id, String name, int halfPoints, Integer outline, boolean bold) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        style.addNewNext().setVal("Normal");
        style.addNewQFormat();
        var paragraph = style.addNewPPr();
        paragraph.addNewKeepNext();
        paragraph.addNewSpacing().setBefore(BigInteger.valueOf(240));
        paragraph.getSpacing().setAfter(BigInteger.valueOf(80));
        if (outline != null) {
            paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
        }
        CTRPr run = style.addNewRPr();
        run.addNewRFonts().setAscii(FONT);
        run.getRFontsArray(0).setHAnsi(FONT);
        run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        run.addNewColor().setVal(ACCENT);
        if (bold) {
            run.addNewB();
        }
        return new XWPFStyle(style);
    }

    /** A paragraph in a style of {@link #create()} ("Heading1", {@link #TITLE}, ...). */
    public static XWPFParagraph styled(XWPFDocument document, String styleId, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setStyle(styleId);
        if (text != null) {
            paragraph.createRun().setText(text);
        }
        return paragraph;
    }

    public static XWPFParagraph heading(XWPFDocument document, int level, String text) {
        return styled(document, "Heading" + Math.max(1, Math.min(level, 7)), text);
    }

    /** Body text; a line break in the text stays a line break. */
    public static XWPFParagraph paragraph(XWPFDocument document, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        lines(paragraph.createRun(), text == null ? "" : text);
        return paragraph;
    }

    /** A remark such as "Geen besluiten vastgelegd.", in grey italics. */
    public static XWPFParagraph note(XWPFDocument document, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        XWPFRun run = paragraph.createRun();
        run.setItalic(true);
        run.setColor("666666");
        run.setText(text);
        return paragraph;
    }

    /** Writes text into a run, each line break as Word's own break. */
    public static void lines(XWPFRun run, String text) {
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
    }

    public static void pageBreak(XWPFDocument document) {
        document.createParagraph().createRun().addBreak(BreakType.PAGE);
    }

    /** "Titel – versie · 2 december 2026 – pagina 3" at the foot of every page. */
    public static void footer(XWPFDocument document, String text) {
        XWPFFooter footer = document.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph paragraph = footer.createParagraph();
        XWPFRun run = paragraph.createRun();
        run.setFontSize(8);
        run.setColor("666666");
        run.setText(text + " – pagina ");
        XWPFRun begin = paragraph.createRun();
        begin.getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        XWPFRun code = paragraph.createRun();
        code.getCTR().addNewInstrText().setStringValue(" PAGE ");
        XWPFRun separate = paragraph.createRun();
        separate.getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        XWPFRun number = paragraph.createRun();
        number.setFontSize(8);
        number.setText("1");
        XWPFRun end = paragraph.createRun();
        end.getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    public static byte[] bytes(XWPFDocument document) {
        try (document) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
