package nl.brabant.regiotafel.agreement.word;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * Walks the body once: an article heading starts an article, the blocks after it become its
 * Markdown, lists keep their nesting (each level indented under its parent's text, as CommonMark
 * wants), headings below the article level become Markdown headings.
 */
final class ArticleBuilder {

    private static final int ARTICLE_LINES = 10;
    private static final int MAX_LIST_DEPTH = 9;

    private final List<IBodyElement> body;
    private final DroppedCounter dropped;
    private final int articleLevel;
    private final List<WordImport.Article> articles = new ArrayList<>();
    private final List<Integer> listIndents = new ArrayList<>();
    private final List<Integer> listCounters = new ArrayList<>();
    private final List<Boolean> listOrdered = new ArrayList<>();
    private String heading;
    private StringBuilder text;
    private boolean lastWasListItem;
    private boolean inAppendix;
    private int before;

    ArticleBuilder(List<IBodyElement> body, DroppedCounter dropped) {
        this.body = body;
        this.dropped = dropped;
        this.articleLevel = articleLevel(body);
    }

    List<WordImport.Article> build() {
        for (IBodyElement element : body) {
            switch (element) {
                case XWPFParagraph p -> paragraph(p);
                case XWPFTable t -> block(TableMarkdown.of(t, dropped));
                case XWPFSDT sdt -> {
                    dropped.add(WordImport.Kind.CONTENT_CONTROL);
                    block(
                            MarkdownEscape.escape(
                                    InlineMarkdown.clean(sdt.getContent().getText()).strip(),
                                    true));
                }
                default -> {}
            }
        }
        finish();
        dropped.add(WordImport.Kind.TEXT_BEFORE_FIRST_HEADING, before);
        return articles;
    }

    /** The top heading level in use; {@code ARTICLE_LINES} for bold "Artikel N" lines. */
    private static int articleLevel(List<IBodyElement> body) {
        int best = Integer.MAX_VALUE;
        boolean title = false;
        boolean articleLines = false;
        for (IBodyElement element : body) {
            if (element instanceof XWPFParagraph p && !p.getText().isBlank()) {
                int level = HeadingStyles.level(p);
                if (level >= 1 && level <= 2) {
                    best = Math.min(best, level);
                }
                title |= level == HeadingStyles.TITLE;
                articleLines |= level == HeadingStyles.NONE && HeadingStyles.isBoldArticleLine(p);
            }
        }
        if (best != Integer.MAX_VALUE) {
            return best;
        }
        if (title) {
            return HeadingStyles.TITLE;
        }
        return articleLines ? ARTICLE_LINES : Integer.MIN_VALUE;
    }

    private void paragraph(XWPFParagraph p) {
        if (p.getText().isBlank() && !hasDroppedContent(p)) {
            return;
        }
        int level = HeadingStyles.level(p);
        boolean articleHeading =
                articleLevel == ARTICLE_LINES
                        ? level == HeadingStyles.NONE && HeadingStyles.isBoldArticleLine(p)
                        : level == articleLevel;
        if (articleHeading && !p.getText().isBlank()) {
            finish();
            heading = HeadingStyles.articleHeading(oneLine(InlineMarkdown.clean(p.getText())));
            text = new StringBuilder();
            inAppendix = false;
            return;
        }
        if (HeadingStyles.isAppendix(p)) {
            finish();
            inAppendix = true;
            dropped.add(WordImport.Kind.APPENDIX);
            return;
        }
        String markdown = InlineMarkdown.of(p, dropped);
        if (markdown.isEmpty()) {
            return;
        }
        if (level > articleLevel && level >= 1 && articleLevel != ARTICLE_LINES) {
            block("#".repeat(Math.min(level - Math.max(articleLevel, 0), 6)) + " " + markdown);
            return;
        }
        ListKind list = ListKind.of(p);
        if (list != null) {
            listItem(list, markdown);
        } else {
            block(markdown);
        }
    }

    private static boolean hasDroppedContent(XWPFParagraph p) {
        return p.getRuns().stream()
                .anyMatch(r -> r.getCTR().sizeOfDrawingArray() + r.getCTR().sizeOfPictArray() > 0);
    }

    private void block(String markdown) {
        if (markdown.isEmpty()) {
            return;
        }
        endList();
        if (heading == null || inAppendix) {
            if (heading == null && !inAppendix) {
                before++;
            }
            return;
        }
        if (!text.isEmpty()) {
            text.append("\n\n");
        }
        text.append(markdown);
    }

    private void listItem(ListKind list, String markdown) {
        if (heading == null || inAppendix) {
            if (heading == null && !inAppendix) {
                before++;
            }
            return;
        }
        int depth = Math.min(Math.min(list.level(), listIndents.size()), MAX_LIST_DEPTH - 1);
        while (listIndents.size() > depth) {
            listIndents.removeLast();
        }
        while (listCounters.size() > depth + 1) {
            listCounters.removeLast();
            listOrdered.removeLast();
        }
        int counter = 1;
        if (listCounters.size() == depth + 1) {
            boolean sameKind = listOrdered.get(depth) == list.ordered();
            counter = sameKind ? listCounters.get(depth) + 1 : 1;
            listCounters.set(depth, counter);
            listOrdered.set(depth, list.ordered());
        } else {
            listCounters.add(counter);
            listOrdered.add(list.ordered());
        }
        String marker = list.ordered() ? counter + ". " : "- ";
        int indent = listIndents.stream().mapToInt(Integer::intValue).sum();
        String pad = " ".repeat(indent);
        if (lastWasListItem) {
            text.append('\n');
        } else if (!text.isEmpty()) {
            text.append("\n\n");
        }
        // Continuation lines of the item line up with its text.
        String item = markdown.replace("\\\n", "\\\n" + pad + " ".repeat(marker.length()));
        text.append(pad).append(marker).append(item);
        listIndents.add(marker.length());
        lastWasListItem = true;
    }

    private void endList() {
        listIndents.clear();
        listCounters.clear();
        listOrdered.clear();
        lastWasListItem = false;
    }

    private void finish() {
        endList();
        if (heading != null) {
            String body = text.toString().strip();
            articles.add(new WordImport.Article(heading, body.isEmpty() ? null : body));
        }
        heading = null;
        text = null;
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
