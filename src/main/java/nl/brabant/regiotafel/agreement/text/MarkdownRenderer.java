package nl.brabant.regiotafel.agreement.text;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.LineBreakRendering;
import org.commonmark.renderer.text.TextContentRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Safelist;
import org.springframework.stereotype.Component;

/**
 * Renders article Markdown, which any member of a workspace may write. Two layers: commonmark
 * escapes raw HTML and blanks unsafe link targets, then jsoup keeps only an allowlist of tags,
 * attributes and link protocols, so a parser bug in one layer still does not let a script through.
 * Parsers and renderers are immutable and thread-safe.
 */
@Component
public class MarkdownRenderer {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    private final HtmlRenderer htmlRenderer =
            HtmlRenderer.builder()
                    .extensions(EXTENSIONS)
                    .escapeHtml(true)
                    .sanitizeUrls(true)
                    .nodeRendererFactory(ImageAsAltText::new)
                    .build();
    private final TextContentRenderer textRenderer =
            TextContentRenderer.builder()
                    .extensions(EXTENSIONS)
                    .lineBreakRendering(LineBreakRendering.SEPARATE_BLOCKS)
                    .nodeRendererFactory(PlainTextNodes::new)
                    .build();
    private final Safelist safelist = articleSafelist();

    /**
     * The same article text is shown to everyone who opens the agreement; parsing and cleaning it
     * each time was a visible share of the load test's CPU. Keyed by the whole text, so an edit is
     * simply a new entry.
     */
    private final Cache<String, String> rendered =
            Caffeine.newBuilder()
                    .maximumWeight(16L * 1024 * 1024)
                    .weigher((String markdown, String html) -> markdown.length() + html.length())
                    .expireAfterAccess(Duration.ofHours(1))
                    .build();

    /** HTML that is safe to put into a page as it is; null and blank input give "". */
    public String toSafeHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return rendered.get(markdown, this::render);
    }

    private String render(String markdown) {
        String html = htmlRenderer.render(parser.parse(markdown));
        // No base URI: relative links cannot be resolved, so jsoup drops them along with unknown
        // protocols.
        return Jsoup.clean(html, "", safelist, outputSettings()).strip();
    }

    /**
     * The words without the markup, one block or list item per line, for PDF export and search. The
     * result is text, not HTML: whoever puts it into a page must escape it.
     */
    public String toPlainText(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return textRenderer.render(parser.parse(markdown)).strip();
    }

    /** Fresh per call: output settings are mutable and cache a charset encoder. */
    private static Document.OutputSettings outputSettings() {
        return new Document.OutputSettings()
                .prettyPrint(false)
                .charset("UTF-8")
                .escapeMode(Entities.EscapeMode.base);
    }

    private static Safelist articleSafelist() {
        return Safelist.basic()
                .addTags(
                        "h1", "h2", "h3", "h4", "hr", "del", "table", "thead", "tbody", "tr", "th",
                        "td")
                .addAttributes("th", "align")
                .addAttributes("td", "align")
                // ftp links from basic() are no use to an agreement text and cannot be opened by
                // most browsers.
                .removeProtocols("a", "href", "ftp")
                .addEnforcedAttribute("a", "rel", "nofollow noopener");
    }
}
