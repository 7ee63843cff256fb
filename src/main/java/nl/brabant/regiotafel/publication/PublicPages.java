package nl.brabant.regiotafel.publication;

import java.util.List;
import nl.brabant.regiotafel.base.format.DateFormats;
import nl.brabant.regiotafel.publication.PublicSite.PublicPage;
import nl.brabant.regiotafel.region.RegionSummary;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The public site's HTML, built as a DOM with jsoup so that every text is escaped. Dutch, with a
 * skip link, one h1 per page, a breadcrumb and tables with header cells.
 */
final class PublicPages {

    private PublicPages() {}

    static String start(List<RegionSummary> regions) {
        Document d = page(PublicTexts.get("public.start.title"));
        Element main = d.getElementById("inhoud");
        main.appendElement("h1").text(PublicTexts.get("public.start.title"));
        main.appendElement("p").text(PublicTexts.get("public.start.intro"));
        main.appendElement("h2").text(PublicTexts.get("public.start.regions"));
        Element list = main.appendElement("ul");
        for (RegionSummary r : regions) {
            list.appendElement("li")
                    .appendElement("a")
                    .attr("href", PublicRoutes.region(r.code()))
                    .text(r.name());
        }
        feeds(d, null);
        return d.outerHtml();
    }

    static String region(RegionSummary region, List<PublishedItem> items) {
        Document d = page(region.name() + " – " + PublicTexts.get("public.start.title"));
        Element main = d.getElementById("inhoud");
        main.appendElement("h1").text(region.name());
        if (items.isEmpty()) {
            main.appendElement("p").addClass("empty").text(PublicTexts.get("public.region.empty"));
        } else {
            Element table = main.appendElement("table");
            table.appendElement("caption").text(PublicTexts.get("public.region.caption"));
            Element head = table.appendElement("thead").appendElement("tr");
            for (String key : List.of("public.col.date", "public.col.type", "public.col.title")) {
                head.appendElement("th").attr("scope", "col").text(PublicTexts.get(key));
            }
            Element body = table.appendElement("tbody");
            for (PublishedItem item : items) {
                Element row = body.appendElement("tr");
                row.appendElement("td").text(DateFormats.documentDate(item.documentDate()));
                row.appendElement("td").text(kind(item.kind()));
                row.appendElement("td")
                        .appendElement("a")
                        .attr("href", PublicRoutes.publication(item.publicId()))
                        .text(item.title());
            }
        }
        feeds(d, region.code());
        return d.outerHtml();
    }

    static String publication(PublicPage page) {
        PublishedItem item = page.item();
        Document d = page(item.title());
        Element main = d.getElementById("inhoud");
        main.appendElement("p")
                .appendElement("a")
                .attr("href", PublicRoutes.region(item.regionCode()))
                .text(item.regionName());
        main.appendElement("h1").text(item.title());
        Element facts = main.appendElement("dl");
        fact(facts, "public.col.type", kind(item.kind()));
        fact(facts, "public.col.region", item.regionName());
        fact(facts, "public.col.date", DateFormats.documentDate(item.documentDate()));
        fact(
                facts,
                "public.col.published",
                DateFormats.documentDate(
                        item.publishedAt().atZone(PublicFeeds.ZONE).toLocalDate()));
        if (!page.lines().isEmpty()) {
            main.appendElement("h2").text(PublicTexts.get("public.lines." + item.kind().name()));
            Element table = main.appendElement("table");
            Element body = table.appendElement("tbody");
            for (PublicSite.Line line : page.lines()) {
                Element row = body.appendElement("tr");
                row.appendElement("th").attr("scope", "row").text(orEmpty(line.label()));
                row.appendElement("td").text(line.text());
            }
        }
        main.appendElement("h2").text(PublicTexts.get("public.document"));
        main.appendElement("p")
                .appendElement("a")
                .attr("href", PublicRoutes.document(item.publicId(), item.fileName()))
                .attr("type", "application/pdf")
                .text(PublicTexts.get("public.document.link", item.title()));
        feeds(d, item.regionCode());
        return d.outerHtml();
    }

    static String notFound() {
        Document d = page(PublicTexts.get("public.notFound.title"));
        Element main = d.getElementById("inhoud");
        main.appendElement("h1").text(PublicTexts.get("public.notFound.title"));
        main.appendElement("p").text(PublicTexts.get("public.notFound.text"));
        main.appendElement("p")
                .appendElement("a")
                .attr("href", PublicRoutes.ROOT)
                .text(PublicTexts.get("public.start.title"));
        return d.outerHtml();
    }

    static String kind(PublicationKind kind) {
        return PublicTexts.get("publication.kind." + kind.name());
    }

    private static Document page(String title) {
        Document d = Document.createShell("");
        d.outputSettings().prettyPrint(false);
        d.selectFirst("html").attr("lang", "nl");
        Element head = d.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta")
                .attr("name", "viewport")
                .attr("content", "width=device-width, initial-scale=1");
        head.appendElement("title").text(title);
        head.appendElement("link").attr("rel", "stylesheet").attr("href", "/css/openbaar.css");
        Element body = d.body();
        body.appendElement("a")
                .addClass("skip-link")
                .attr("href", "#inhoud")
                .text(PublicTexts.get("public.skip"));
        Element header = body.appendElement("header");
        header.appendElement("a")
                .attr("href", PublicRoutes.ROOT)
                .text(PublicTexts.get("public.site"));
        body.appendElement("main").attr("id", "inhoud");
        body.appendElement("footer");
        return d;
    }

    private static void feeds(Document d, String regionCode) {
        Element footer = d.selectFirst("footer");
        footer.appendElement("h2").text(PublicTexts.get("public.feeds"));
        Element list = footer.appendElement("ul");
        for (String ext : List.of("json", "csv", "atom")) {
            list.appendElement("li")
                    .appendElement("a")
                    .attr("href", PublicRoutes.feed(regionCode, ext))
                    .text(PublicTexts.get("public.feed." + ext));
        }
        d.head()
                .appendElement("link")
                .attr("rel", "alternate")
                .attr("type", "application/atom+xml")
                .attr("title", PublicTexts.get("public.feed.atom"))
                .attr("href", PublicRoutes.feed(regionCode, "atom"));
    }

    private static void fact(Element list, String key, String value) {
        list.appendElement("dt").text(PublicTexts.get(key));
        list.appendElement("dd").text(value);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
