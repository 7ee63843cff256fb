package nl.brabant.regiotafel.agreement.word;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFHyperlink;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;

/**
 * One paragraph's runs as Markdown: bold and italic (direct or through the Strong and Emphasis
 * character styles), web links, line breaks. The text reads as with all tracked changes accepted;
 * images, footnote references and comments are counted for the preview, not kept.
 */
final class InlineMarkdown {

    private static final Set<String> BOLD_STYLES = Set.of("strong", "zwaar", "krachtig");
    private static final Set<String> ITALIC_STYLES = Set.of("emphasis", "nadruk", "benadrukking");

    private static final Pattern NOTE_REFERENCE =
            Pattern.compile("\\[(?:footnoteRef|endnoteRef):\\d+\\]");

    private record Segment(String text, boolean bold, boolean italic, String link) {}

    private InlineMarkdown() {}

    /** The paragraph as one Markdown line (hard breaks inside), or "" when it shows no text. */
    static String of(XWPFParagraph paragraph, DroppedCounter dropped) {
        List<Segment> segments = new ArrayList<>();
        for (IRunElement element : paragraph.getIRuns()) {
            if (element instanceof XWPFRun run) {
                add(segments, run, paragraph, dropped);
            } else if (element instanceof XWPFSDT sdt) {
                dropped.add(WordImport.Kind.CONTENT_CONTROL);
                segments.add(new Segment(sdt.getContent().getText(), false, false, null));
            }
        }
        dropped.add(WordImport.Kind.COMMENT, paragraph.getCTP().sizeOfCommentRangeStartArray());
        dropped.add(
                WordImport.Kind.TRACKED_CHANGE,
                paragraph.getCTP().sizeOfInsArray()
                        + paragraph.getCTP().sizeOfDelArray()
                        + paragraph.getCTP().sizeOfMoveFromArray()
                        + paragraph.getCTP().sizeOfMoveToArray());
        // A break at either end of the paragraph is no line of its own in Markdown.
        return render(merge(segments))
                .replaceAll("^(?:\\s|\\\\\n)+", "")
                .replaceAll("(?:\\s|\\\\\n)+$", "");
    }

    private static void add(
            List<Segment> segments, XWPFRun run, XWPFParagraph paragraph, DroppedCounter dropped) {
        CTR ctr = run.getCTR();
        int pictures = ctr.sizeOfDrawingArray() + ctr.sizeOfPictArray() + ctr.sizeOfObjectArray();
        dropped.add(WordImport.Kind.IMAGE, pictures);
        dropped.add(
                WordImport.Kind.FOOTNOTE,
                ctr.sizeOfFootnoteReferenceArray() + ctr.sizeOfEndnoteReferenceArray());
        boolean tracked =
                paragraph.getCTP().sizeOfDelArray() + paragraph.getCTP().sizeOfMoveFromArray() > 0;
        if (tracked && deleted(ctr)) {
            return;
        }
        String text = clean(run.text());
        if (ctr.sizeOfFootnoteReferenceArray() + ctr.sizeOfEndnoteReferenceArray() > 0) {
            // POI writes the reference into the run's text as "[footnoteRef:1]".
            text = NOTE_REFERENCE.matcher(text).replaceAll("");
        }
        if (text.isEmpty()) {
            return;
        }
        String style = run.getStyle() == null ? "" : styleName(paragraph, run.getStyle());
        boolean bold = run.isBold() || BOLD_STYLES.contains(style);
        boolean italic = run.isItalic() || ITALIC_STYLES.contains(style);
        String link = null;
        if (run instanceof XWPFHyperlinkRun hyperlink) {
            XWPFHyperlink target = hyperlink.getHyperlink(paragraph.getDocument());
            link = target == null ? null : webLink(target.getURL());
        }
        segments.add(new Segment(text, bold, italic, link));
    }

    private static String styleName(XWPFParagraph paragraph, String styleId) {
        var styles = paragraph.getDocument().getStyles();
        var style = styles == null ? null : styles.getStyle(styleId);
        String name = style == null || style.getName() == null ? styleId : style.getName();
        return name.toLowerCase(Locale.ROOT);
    }

    /** A run inside w:del (or moved away) is text the author took out. */
    private static boolean deleted(CTR ctr) {
        try (XmlCursor cursor = ctr.newCursor()) {
            if (!cursor.toParent()) {
                return false;
            }
            String parent = cursor.getName().getLocalPart();
            return parent.equals("del") || parent.equals("moveFrom");
        }
    }

    /** Tabs read as spaces; other control characters (Word's page breaks and such) go. */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints()
                .forEach(
                        c -> {
                            if (c == '\t') {
                                out.append(' ');
                            } else if (c == '\n' || !Character.isISOControl(c)) {
                                out.appendCodePoint(c);
                            }
                        });
        return out.toString();
    }

    private static String webLink(String url) {
        if (url == null) {
            return null;
        }
        String lower = url.toLowerCase(Locale.ROOT);
        boolean web =
                lower.startsWith("https://")
                        || lower.startsWith("http://")
                        || lower.startsWith("mailto:");
        return web && url.chars().noneMatch(c -> c <= ' ' || c == '(' || c == ')') ? url : null;
    }

    private static List<Segment> merge(List<Segment> segments) {
        List<Segment> merged = new ArrayList<>();
        for (Segment s : segments) {
            if (!merged.isEmpty()) {
                Segment last = merged.getLast();
                if (last.bold() == s.bold()
                        && last.italic() == s.italic()
                        && Objects.equals(last.link(), s.link())) {
                    merged.set(
                            merged.size() - 1,
                            new Segment(last.text() + s.text(), s.bold(), s.italic(), s.link()));
                    continue;
                }
            }
            merged.add(s);
        }
        return merged;
    }

    private static String render(List<Segment> segments) {
        StringBuilder out = new StringBuilder();
        for (Segment s : segments) {
            String text = s.text();
            int start = 0;
            while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            int end = text.length();
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            out.append(spaces(text.substring(0, start)));
            if (start < end) {
                boolean lineStart = out.isEmpty() || out.charAt(out.length() - 1) == '\n';
                String core =
                        MarkdownEscape.escape(text.substring(start, end), lineStart)
                                .replace("\n", "\\\n");
                String marks = (s.bold() ? "**" : "") + (s.italic() ? "*" : "");
                String inner = marks + core + new StringBuilder(marks).reverse();
                out.append(s.link() == null ? inner : "[" + inner + "](" + s.link() + ")");
            }
            out.append(spaces(text.substring(end)));
        }
        return out.toString();
    }

    /** Whitespace between runs; a line break there stays a hard break. */
    private static String spaces(String whitespace) {
        return whitespace.contains("\n") ? "\\\n" : whitespace.isEmpty() ? "" : " ";
    }
}
