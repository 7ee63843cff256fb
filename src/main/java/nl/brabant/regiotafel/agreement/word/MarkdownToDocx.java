package nl.brabant.regiotafel.agreement.word;

import java.math.BigInteger;
import nl.brabant.regiotafel.base.docx.WordStyle;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.ThematicBreak;

/**
 * Writes an article's Markdown into a Word document, block by block from commonmark's tree:
 * paragraphs, headings one level below the article's, bullet and numbered lists at their depth,
 * tables, quotes and code. The text inside goes through {@link InlineDocx}.
 */
final class MarkdownToDocx {

    private final XWPFDocument document;
    private final DocxLists lists;

    MarkdownToDocx(XWPFDocument document, DocxLists lists) {
        this.document = document;
        this.lists = lists;
    }

    void write(Node markdown) {
        for (Node block = markdown.getFirstChild(); block != null; block = block.getNext()) {
            block(block, null, 0, 0);
        }
    }

    /**
     * @param numId the list a paragraph belongs to, null outside lists
     * @param depth the list depth (0 outer), or the quote depth for indentation
     */
    private void block(Node node, BigInteger numId, int depth, int indent) {
        switch (node) {
            case Paragraph p -> {
                XWPFParagraph paragraph = document.createParagraph();
                indent(paragraph, indent);
                InlineDocx.write(paragraph, p);
            }
            case Heading h -> {
                XWPFParagraph paragraph =
                        WordStyle.heading(document, Math.min(h.getLevel() + 1, 7), null);
                InlineDocx.write(paragraph, h);
            }
            case ListBlock list -> list(list, depth, indent);
            case TableBlock table -> DocxTable.write(document, table);
            case BlockQuote quote -> {
                for (Node child = quote.getFirstChild(); child != null; child = child.getNext()) {
                    block(child, numId, depth, indent + 1);
                }
            }
            case FencedCodeBlock code -> code(code.getLiteral(), indent);
            case IndentedCodeBlock code -> code(code.getLiteral(), indent);
            case HtmlBlock html -> code(html.getLiteral(), indent);
            case ThematicBreak rule -> document.createParagraph().setBorderBottom(Borders.SINGLE);
            default -> {}
        }
    }

    private void list(ListBlock list, int depth, int indent) {
        BigInteger numId = list instanceof OrderedList ? lists.newNumbered() : lists.bullets();
        int level = Math.min(depth, 8);
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item instanceof ListItem)) {
                continue;
            }
            boolean first = true;
            for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof ListBlock nested) {
                    list(nested, depth + 1, indent);
                } else if (first && child instanceof Paragraph p) {
                    XWPFParagraph paragraph = document.createParagraph();
                    paragraph.setNumID(numId);
                    paragraph.setNumILvl(BigInteger.valueOf(level));
                    InlineDocx.write(paragraph, p);
                } else {
                    // A second paragraph of the item: under its text, without a bullet of its own.
                    block(child, numId, depth, indent + level + 1);
                }
                first = false;
            }
            if (first) {
                XWPFParagraph empty = document.createParagraph();
                empty.setNumID(numId);
                empty.setNumILvl(BigInteger.valueOf(level));
            }
        }
    }

    private void code(String literal, int indent) {
        XWPFParagraph paragraph = document.createParagraph();
        indent(paragraph, indent);
        XWPFRun run = paragraph.createRun();
        run.setFontFamily("Courier New");
        WordStyle.lines(run, literal.stripTrailing());
    }

    private static void indent(XWPFParagraph paragraph, int indent) {
        if (indent > 0) {
            paragraph.setIndentationLeft(425 * indent);
        }
    }
}
