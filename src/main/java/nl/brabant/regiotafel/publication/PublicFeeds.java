package nl.brabant.regiotafel.publication;

import java.io.StringWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import nl.brabant.regiotafel.monitor.export.SafeCsv;
import tools.jackson.databind.json.JsonMapper;

/**
 * The machine-readable feeds of what was published: JSON, CSV (Dutch Excel) and Atom, each item
 * with region, organisation identifiers (TOOI), document type, dates and the PDF/A's address.
 */
final class PublicFeeds {

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String baseUrl;

    PublicFeeds(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    String json(List<PublishedItem> items) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (PublishedItem i : items) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", url(PublicRoutes.publication(i.publicId())));
            m.put("titel", i.title());
            m.put("documentsoort", i.kind().name().toLowerCase(Locale.ROOT));
            m.put("documentsoortLabel", PublicPages.kind(i.kind()));
            m.put("regio", Map.of("code", i.regionCode(), "naam", i.regionName()));
            m.put("organisaties", i.organisationIds());
            m.put("documentdatum", i.documentDate().toString());
            m.put("gepubliceerd", published(i));
            m.put(
                    "document",
                    Map.of(
                            "url", url(PublicRoutes.document(i.publicId(), i.fileName())),
                            "mediatype", "application/pdf",
                            "formaat", "PDF/A-2u"));
            out.add(m);
        }
        return JSON.writeValueAsString(Map.of("publicaties", out));
    }

    byte[] csv(List<PublishedItem> items) {
        List<List<Object>> rows = new ArrayList<>();
        for (PublishedItem i : items) {
            rows.add(
                    List.of(
                            url(PublicRoutes.publication(i.publicId())),
                            i.title(),
                            PublicPages.kind(i.kind()),
                            i.regionCode(),
                            i.regionName(),
                            String.join(" ", i.organisationIds()),
                            i.documentDate().toString(),
                            published(i),
                            url(PublicRoutes.document(i.publicId(), i.fileName()))));
        }
        return SafeCsv.write(
                List.of(
                        "id",
                        "titel",
                        "documentsoort",
                        "regiocode",
                        "regio",
                        "organisaties",
                        "documentdatum",
                        "gepubliceerd",
                        "document"),
                rows);
    }

    String atom(List<PublishedItem> items, String title, String selfPath) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter x = XMLOutputFactory.newInstance().createXMLStreamWriter(text);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("feed");
            x.writeDefaultNamespace("http://www.w3.org/2005/Atom");
            x.writeAttribute("xml:lang", "nl");
            element(x, "id", url(selfPath));
            element(x, "title", title);
            element(
                    x,
                    "updated",
                    items.isEmpty() ? "1970-01-01T00:00:00Z" : published(items.getFirst()));
            link(x, "self", url(selfPath), "application/atom+xml");
            x.writeStartElement("author");
            element(x, "name", PublicTexts.get("public.site"));
            element(x, "uri", Tooi.PROVINCE);
            x.writeEndElement();
            for (PublishedItem i : items) {
                x.writeStartElement("entry");
                element(x, "id", url(PublicRoutes.publication(i.publicId())));
                element(x, "title", i.title());
                element(x, "updated", published(i));
                element(x, "published", published(i));
                link(x, "alternate", url(PublicRoutes.publication(i.publicId())), "text/html");
                link(
                        x,
                        "enclosure",
                        url(PublicRoutes.document(i.publicId(), i.fileName())),
                        "application/pdf");
                category(
                        x,
                        "documentsoort",
                        i.kind().name().toLowerCase(Locale.ROOT),
                        PublicPages.kind(i.kind()));
                category(x, "regio", i.regionCode(), i.regionName());
                for (String organisation : i.organisationIds()) {
                    category(x, "organisatie", organisation, null);
                }
                element(
                        x,
                        "summary",
                        PublicTexts.get(
                                "public.feed.summary",
                                PublicPages.kind(i.kind()),
                                i.regionName(),
                                i.documentDate().toString()));
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Atom feed", e);
        }
        return text.toString();
    }

    private String url(String path) {
        return baseUrl + path;
    }

    private static String published(PublishedItem i) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                i.publishedAt().atZone(ZONE).withNano(0).toOffsetDateTime());
    }

    private static void element(XMLStreamWriter x, String name, String value)
            throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(value);
        x.writeEndElement();
    }

    private static void link(XMLStreamWriter x, String rel, String href, String type)
            throws XMLStreamException {
        x.writeEmptyElement("link");
        x.writeAttribute("rel", rel);
        x.writeAttribute("href", href);
        x.writeAttribute("type", type);
    }

    private static void category(XMLStreamWriter x, String scheme, String term, String label)
            throws XMLStreamException {
        x.writeEmptyElement("category");
        x.writeAttribute("scheme", "urn:regiotafel:" + scheme);
        x.writeAttribute("term", term);
        if (label != null) {
            x.writeAttribute("label", label);
        }
    }
}
