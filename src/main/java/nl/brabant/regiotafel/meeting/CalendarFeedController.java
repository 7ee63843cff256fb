package nl.brabant.regiotafel.meeting;

import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves {@code /agenda-feed/TOKEN.ics} to calendar programs, which cannot sign in: the token is
 * the only key (the security chain lets this path through; {@link CalendarFeedService} checks it).
 * Anything else is a bare 404 that tells nothing about why.
 */
@RestController
class CalendarFeedController {

    private static final MediaType CALENDAR =
            new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final CalendarFeedService feeds;

    CalendarFeedController(CalendarFeedService feeds) {
        this.feeds = feeds;
    }

    @GetMapping("/" + MeetingRoutes.CALENDAR_FEED + "/{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token) {
        return feeds.feed(token)
                .map(
                        ics ->
                                ResponseEntity.ok()
                                        .contentType(CALENDAR)
                                        .cacheControl(CacheControl.noStore().cachePrivate())
                                        .header("X-Robots-Tag", "noindex")
                                        .body(ics))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
