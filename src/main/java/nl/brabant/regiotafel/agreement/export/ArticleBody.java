package nl.brabant.regiotafel.agreement.export;

import java.util.ArrayList;
import java.util.List;
import nl.brabant.regiotafel.base.format.DocumentText;
import nl.brabant.regiotafel.base.pdf.HouseStyle;
import org.openpdf.text.Element;
import org.openpdf.text.Paragraph;

/**
 * Turns an article's plain text into paragraphs and bullet lines. The text was converted from
 * Markdown, so a blank line ends a paragraph and a line starting with "- " is a list item; its
 * indentation gives the nesting.
 */
final class ArticleBody {

    private static final String BULLET = "•\u00a0\u00a0";
    private static final float BULLET_INDENT = 14;
    private static final int MAX_LEVEL = 3;

    private ArticleBody() {}

    static List<Element> elements(String plainBody) {
        List<Element> elements = new ArrayList<>();
        if (DocumentText.isBlank(plainBody)) {
            return elements;
        }
        Paragraph current = null;
        boolean afterBlankLine = false;
        for (String line : plainBody.strip().split("\\R")) {
            if (line.isBlank()) {
                current = null;
                afterBlankLine = true;
                continue;
            }
            String trimmed = line.stripLeading();
            if (trimmed.startsWith("- ") || trimmed.equals("-")) {
                current = bullet(trimmed.substring(1).strip(), level(line));
                elements.add(current);
            } else if (current == null) {
                current = paragraph(line.strip(), afterBlankLine || elements.isEmpty());
                elements.add(current);
            } else {
                // A line that follows without a blank line stays in its paragraph or list item, on
                // a line of its own.
                current.add(HouseStyle.BODY.chunk("\n" + line.strip()));
            }
            afterBlankLine = false;
        }
        return elements;
    }

    private static Paragraph paragraph(String text, boolean startsBlock) {
        Paragraph paragraph = HouseStyle.BODY.paragraph(text);
        paragraph.setLeading(13.5f);
        paragraph.setSpacingBefore(startsBlock ? 5 : 2);
        return paragraph;
    }

    /** A hanging bullet: wrapped lines line up with the text, not with the bullet. */
    private static Paragraph bullet(String text, int level) {
        Paragraph bullet = HouseStyle.BODY.paragraph(BULLET + text);
        bullet.setLeading(13.5f);
        bullet.setSpacingBefore(2);
        float hang = HouseStyle.BODY.baseFont().getWidthPoint(BULLET, HouseStyle.BODY.size());
        bullet.setIndentationLeft(BULLET_INDENT * (level + 1) + hang);
        bullet.setFirstLineIndent(-hang);
        return bullet;
    }

    /** Two spaces of indentation per nesting level, as Markdown converters write nested lists. */
    private static int level(String line) {
        int spaces = line.length() - line.stripLeading().length();
        return Math.min(spaces / 2, MAX_LEVEL);
    }
}
