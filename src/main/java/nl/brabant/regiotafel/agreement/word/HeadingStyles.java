package nl.brabant.regiotafel.agreement.word;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;

/**
 * What a paragraph's style says about it, in English and Dutch Word alike: a heading of a level
 * ("Heading 2", "Kop 2"), the title ("Title", "Titel"), an appendix heading ("Bijlage"), or a list
 * style ("List Bullet 2", "Lijstopsommingsteken 2").
 */
final class HeadingStyles {

    static final int NONE = -1;
    static final int TITLE = 0;

    private static final Pattern HEADING = Pattern.compile("(?:heading|kop)\\s*([1-9])");
    private static final Pattern ARTICLE =
            Pattern.compile(
                    "^(?:artikel|article)\\s+\\d+[a-z]?\\b\\s*[–—:.\\-]?\\s*",
                    Pattern.CASE_INSENSITIVE);
    private static final Pattern LIST_BULLET =
            Pattern.compile("(?:list bullet|lijst ?opsommingsteken)\\s*([2-9])?");
    private static final Pattern LIST_NUMBER =
            Pattern.compile("(?:list number|lijst ?nummering)\\s*([2-9])?");

    private HeadingStyles() {}

    /** The style's name in lower case ("heading 1"), or its id when it has no name. */
    static String name(XWPFParagraph paragraph) {
        String id = paragraph.getStyleID();
        if (id == null) {
            return "";
        }
        XWPFStyle style =
                paragraph.getDocument().getStyles() == null
                        ? null
                        : paragraph.getDocument().getStyles().getStyle(id);
        String name = style == null || style.getName() == null ? id : style.getName();
        return name.toLowerCase(Locale.ROOT).strip();
    }

    /** 1-9 for a heading, {@link #TITLE} for the title, {@link #NONE} otherwise. */
    static int level(XWPFParagraph paragraph) {
        String name = name(paragraph);
        if (name.equals("title") || name.equals("titel")) {
            return TITLE;
        }
        Matcher heading = HEADING.matcher(name);
        return heading.matches() ? Integer.parseInt(heading.group(1)) : NONE;
    }

    static boolean isAppendix(XWPFParagraph paragraph) {
        String name = name(paragraph);
        return name.equals("bijlage") || name.equals("appendix") || name.equals("bijlagekop");
    }

    /** "Artikel 3" in bold, as simple Word drafts mark their articles without heading styles. */
    static boolean isBoldArticleLine(XWPFParagraph paragraph) {
        String text = paragraph.getText().strip();
        if (text.length() > 300 || !ARTICLE.matcher(text).find()) {
            return false;
        }
        boolean anyText = false;
        for (XWPFRun run : paragraph.getRuns()) {
            if (!run.text().isBlank()) {
                anyText = true;
                if (!run.isBold()) {
                    return false;
                }
            }
        }
        return anyText;
    }

    /** "Artikel 3 – Huisvesting" is the article "Huisvesting"; "Artikel 3" alone stays as it is. */
    static String articleHeading(String text) {
        String rest = ARTICLE.matcher(text).replaceFirst("").strip();
        return rest.isEmpty() ? text : rest;
    }

    /** For a list style without numbering of its own: 0-8, or {@link #NONE}. */
    static int listStyleLevel(XWPFParagraph paragraph, boolean ordered) {
        Matcher m = (ordered ? LIST_NUMBER : LIST_BULLET).matcher(name(paragraph));
        if (!m.matches()) {
            return NONE;
        }
        return m.group(1) == null ? 0 : Integer.parseInt(m.group(1)) - 1;
    }
}
