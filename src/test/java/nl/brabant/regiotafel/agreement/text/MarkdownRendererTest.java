package nl.brabant.regiotafel.agreement.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownRendererTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void rendersHeadingsListsAndEmphasis() {
        String html =
                renderer.toSafeHtml(
                        """
                # Samenwerking

                #### Lid 1

                De **regio** en de _gemeenten_ spreken af:

                - huisvesting
                - registratie

                1. eerste
                2. tweede
                """);

        assertThat(html)
                .contains(
                        "<h1>Samenwerking</h1>",
                        "<h4>Lid 1</h4>",
                        "<strong>regio</strong>",
                        "<em>gemeenten</em>",
                        "<ul>\n<li>huisvesting</li>\n<li>registratie</li>\n</ul>",
                        "<ol>\n<li>eerste</li>\n<li>tweede</li>\n</ol>");
    }

    @Test
    void rendersTablesAndKeepsDutchAndEmojiAsCharacters() {
        String html =
                renderer.toSafeHtml(
                        "| Gemeente | Bedrag |\n|---|--:|\n| ’s-Hertogenbosch | € 1,50 😀 |\n");

        assertThat(html)
                .contains(
                        "<table>",
                        "<th>Gemeente</th>",
                        "<td align=\"right\">€ 1,50 😀</td>",
                        "<td>’s-Hertogenbosch</td>");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<script>alert(1)</script>",
                "Tekst <script>alert(1)</script> midden in een zin",
                "<img src=x onerror=alert(1)>",
                "Zie <img src=x onerror=alert(1)> hier",
                "<iframe src=\"https://evil.example\"></iframe>",
                "Een <iframe src=https://evil.example></iframe> frame",
                "<div onclick=\"alert(1)\">klik</div>",
                "<a href=\"javascript:alert(1)\">klik</a>",
                "<svg onload=alert(1)>",
                "<style>body{display:none}</style>"
            })
    void rawHtmlIsShownAsTextNeverAsATag(String markdown) {
        String html = renderer.toSafeHtml(markdown);

        Document document = Jsoup.parseBodyFragment(html);
        assertThat(document.body().select("script, img, iframe, svg, style, div")).isEmpty();
        assertThat(document.body().getAllElements())
                .allSatisfy(
                        element ->
                                assertThat(element.attributes().asList())
                                        .extracting(Attribute::getKey)
                                        .noneMatch(key -> key.startsWith("on")));
        assertThat(document.body().select("a[href]")).isEmpty();
        // Nothing the author typed is lost: the reader sees the markup as text.
        String firstTag = markdown.substring(markdown.indexOf('<'), markdown.indexOf('>') + 1);
        assertThat(document.body().text()).contains(firstTag);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "[x](javascript:alert(1))",
                "[x](JavaScript:alert(1))",
                "[x](  javascript:alert(1))",
                "[x](vbscript:msgbox(1))",
                "[x](data:text/html;base64,PHNjcmlwdD4=)",
                "[x](/pagina/intern)",
                "[x](ftp://example.org/bestand)",
                "<javascript:alert(1)>"
            })
    void unsafeOrRelativeLinksLoseTheirTarget(String markdown) {
        Element link = Jsoup.parseBodyFragment(renderer.toSafeHtml(markdown)).selectFirst("a");

        if (link != null) {
            assertThat(link.hasAttr("href")).isFalse();
            assertThat(link.attr("rel")).isEqualTo("nofollow noopener");
        }
        assertThat(renderer.toSafeHtml(markdown)).doesNotContainIgnoringCase("href");
    }

    @Test
    void safeLinksKeepTheirTargetWithRel() {
        assertThat(renderer.toSafeHtml("[ok](https://example.org)"))
                .isEqualTo(
                        "<p><a href=\"https://example.org\" rel=\"nofollow noopener\">ok</a></p>");
        assertThat(
                        renderer.toSafeHtml(
                                "[post](mailto:griffie@example.org) en <http://example.org/a?b=1&c=2>"))
                .contains(
                        "<a href=\"mailto:griffie@example.org\" rel=\"nofollow noopener\">post</a>",
                        "<a href=\"http://example.org/a?b=1&amp;c=2\" rel=\"nofollow noopener\">");
    }

    @Test
    void imagesBecomeTheirAltText() {
        assertThat(renderer.toSafeHtml("Kaart: ![de regio](https://tracker.example/pixel.png)"))
                .isEqualTo("<p>Kaart: de regio</p>");
        assertThat(renderer.toPlainText("Kaart: ![de regio](https://tracker.example/pixel.png)"))
                .isEqualTo("Kaart: de regio");
    }

    @Test
    void nothingGivesNothing() {
        assertThat(renderer.toSafeHtml(null)).isEmpty();
        assertThat(renderer.toSafeHtml("")).isEmpty();
        assertThat(renderer.toSafeHtml(" \n ")).isEmpty();
        assertThat(renderer.toPlainText(null)).isEmpty();
        assertThat(renderer.toPlainText("")).isEmpty();
    }

    @Test
    void plainTextKeepsTheWordsAndPutsListItemsOnTheirOwnLines() {
        String text =
                renderer.toPlainText(
                        """
                ## Artikel 3 – Huisvesting

                De **regio** zorgt voor _goede_ huisvesting, zie [de website](https://example.org) of \
                <https://example.org/regels>.

                - één loket
                - `BRP`-registratie

                1. eerst
                2. dan
                """);

        assertThat(text)
                .isEqualTo(
                        """
                Artikel 3 – Huisvesting

                De regio zorgt voor goede huisvesting, zie de website (https://example.org) of \
                https://example.org/regels.

                - één loket
                - BRP-registratie

                1. eerst
                2. dan""");
    }

    @Test
    void plainTextShowsRawHtmlAsTypedAndDropsUnsafeTargets() {
        String text =
                renderer.toPlainText(
                        "<script>alert(1)</script>\n\nKlik [hier](javascript:alert(1)).");

        assertThat(text).isEqualTo("<script>alert(1)</script>\n\nKlik hier.");
    }
}
