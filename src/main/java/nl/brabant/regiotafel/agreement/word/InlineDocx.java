package nl.brabant.regiotafel.agreement.word;

import java.util.Locale;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/**
 * The inline Markdown of one block as Word runs: bold, italic, code in a fixed font, web links as
 * hyperlinks (other targets as text only, as the page shows them), an image as its alt text.
 */
final class InlineDocx {

    private record Format(boolean bold, boolean italic, boolean code, String link) {
        Format with(Node node) {
            return switch (node) {
                case StrongEmphasis s -> new Format(true, italic, code, link);
                case Emphasis e -> new Format(bold, true, code, link);
                case Link l -> new Format(bold, italic, code, webLink(l.getDestination()));
                default -> this;
            };
        }
    }

    private InlineDocx() {}

    static void write(XWPFParagraph paragraph, Node block) {
        children(paragraph, block, new Format(false, false, false, null));
    }

    private static void children(XWPFParagraph paragraph, Node parent, Format format) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            switch (node) {
                case Text t -> run(paragraph, t.getLiteral(), format);
                case Code c ->
                        run(
                                paragraph,
                                c.getLiteral(),
                                new Format(format.bold(), format.italic(), true, format.link()));
                case HtmlInline html -> run(paragraph, html.getLiteral(), format);
                case SoftLineBreak soft -> run(paragraph, " ", format);
                case HardLineBreak hard -> paragraph.createRun().addBreak();
                case Image image -> children(paragraph, image, format);
                default -> children(paragraph, node, format.with(node));
            }
        }
    }

    private static void run(XWPFParagraph paragraph, String text, Format format) {
        XWPFRun run =
                format.link() == null
                        ? paragraph.createRun()
                        : paragraph.createHyperlinkRun(format.link());
        run.setText(text);
        run.setBold(format.bold());
        run.setItalic(format.italic());
        if (format.code()) {
            run.setFontFamily("Courier New");
        }
        if (format.link() != null) {
            run.setColor("0563C1");
            run.setUnderline(UnderlinePatterns.SINGLE);
        }
    }

    private static String webLink(String destination) {
        String lower = destination == null ? "" : destination.toLowerCase(Locale.ROOT);
        return lower.startsWith("https://")
                        || lower.startsWith("http://")
                        || lower.startsWith("mailto:")
                ? destination
                : null;
    }
}
