package nl.brabant.regiotafel.publication;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import nl.brabant.regiotafel.region.RegionSummary;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public site at {@code /openbaar}, server-rendered and without a session: the security chain
 * lets GET requests through and {@link PublicSite} shows only what is published and not withdrawn.
 * Anything else, withdrawn, never published or malformed, is the same 404 page.
 */
@RestController
class PublicSiteController {

    private static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);
    private static final MediaType JSON =
            new MediaType("application", "json", StandardCharsets.UTF_8);
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final MediaType ATOM =
            new MediaType("application", "atom+xml", StandardCharsets.UTF_8);

    /**
     * Caches must ask again every time (they may keep a copy, not serve it unasked), so a
     * withdrawal is gone from every cache at once.
     */
    private static final CacheControl CACHE = CacheControl.noCache();

    private final PublicSite site;
    private final PublicFeeds feeds;

    PublicSiteController(
            PublicSite site,
            @Value("${regiotafel.base-url:http://localhost:8080}") String baseUrl) {
        this.site = site;
        this.feeds = new PublicFeeds(baseUrl);
    }

    @GetMapping(PublicRoutes.ROOT)
    ResponseEntity<String> start() {
        return ok(HTML, PublicPages.start(site.regions()));
    }

    @GetMapping(PublicRoutes.ROOT + "/{code}")
    ResponseEntity<String> region(@PathVariable String code) {
        return site.region(code)
                .map(r -> ok(HTML, PublicPages.region(r, site.published(r.code()))))
                .orElseGet(PublicSiteController::notFound);
    }

    @GetMapping(PublicRoutes.ROOT + "/publicatie/{publicId}")
    ResponseEntity<String> publication(@PathVariable String publicId) {
        return site.page(publicId)
                .map(p -> ok(HTML, PublicPages.publication(p)))
                .orElseGet(PublicSiteController::notFound);
    }

    @GetMapping(PublicRoutes.ROOT + "/publicatie/{publicId}/{fileName}")
    ResponseEntity<byte[]> document(@PathVariable String publicId, @PathVariable String fileName) {
        return site.document(publicId, fileName)
                .map(
                        d ->
                                ResponseEntity.ok()
                                        .contentType(MediaType.APPLICATION_PDF)
                                        .cacheControl(CACHE)
                                        .header(
                                                HttpHeaders.CONTENT_DISPOSITION,
                                                ContentDisposition.inline()
                                                        .filename(d.fileName())
                                                        .build()
                                                        .toString())
                                        .body(d.content()))
                .orElseGet(
                        () ->
                                ResponseEntity.status(HttpStatus.NOT_FOUND)
                                        .contentType(HTML)
                                        .body(
                                                PublicPages.notFound()
                                                        .getBytes(StandardCharsets.UTF_8)));
    }

    @GetMapping(PublicRoutes.ROOT + "/feed.{extension}")
    ResponseEntity<?> feed(@PathVariable String extension) {
        return feed(site.published(), null, extension, PublicTexts.get("public.start.title"));
    }

    @GetMapping(PublicRoutes.ROOT + "/{code}/feed.{extension}")
    ResponseEntity<?> regionFeed(@PathVariable String code, @PathVariable String extension) {
        Optional<RegionSummary> region = site.region(code);
        if (region.isEmpty()) {
            return notFound();
        }
        RegionSummary r = region.get();
        return feed(site.published(r.code()), r.code(), extension, r.name());
    }

    private ResponseEntity<?> feed(
            List<PublishedItem> items, String regionCode, String extension, String title) {
        return switch (extension) {
            case "json" -> ok(JSON, feeds.json(items));
            case "csv" ->
                    ResponseEntity.ok()
                            .contentType(CSV)
                            .cacheControl(CACHE)
                            .header(
                                    HttpHeaders.CONTENT_DISPOSITION,
                                    ContentDisposition.attachment()
                                            .filename("publicaties.csv")
                                            .build()
                                            .toString())
                            .body(feeds.csv(items));
            case "atom" ->
                    ok(ATOM, feeds.atom(items, title, PublicRoutes.feed(regionCode, "atom")));
            default -> notFound();
        };
    }

    private static ResponseEntity<String> ok(MediaType type, String body) {
        return ResponseEntity.ok().contentType(type).cacheControl(CACHE).body(body);
    }

    private static ResponseEntity<String> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .contentType(HTML)
                .cacheControl(CacheControl.noStore())
                .body(PublicPages.notFound());
    }
}
