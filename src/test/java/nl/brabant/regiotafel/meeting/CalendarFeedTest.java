package nl.brabant.regiotafel.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.brabant.regiotafel.IntegrationTest;
import nl.brabant.regiotafel.testsupport.MeetingFixture;
import nl.brabant.regiotafel.testsupport.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The private calendar feed over HTTP, as a calendar program fetches it without a session: a valid
 * token shows the meetings of the person's regions now; a revoked, replaced or forged token and a
 * disabled account get a bare 404.
 */
@IntegrationTest
class CalendarFeedTest {

    /** A demo account of region Breda that no other test changes; put back after each test. */
    private static final String USER = "woningcorporatie.bre";

    @LocalServerPort int port;
    @Autowired CalendarFeedService feeds;
    @Autowired MeetingService meetings;
    @Autowired AgendaService agendas;
    @Autowired MinutesService minutes;
    @Autowired ActionItemService actionItems;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newHttpClient();
    private MeetingFixture fixture;
    private List<Map<String, Object>> membershipsBefore;

    @BeforeEach
    void fixture() {
        fixture = new MeetingFixture(meetings, agendas, minutes, actionItems, users, jdbc);
        membershipsBefore =
                jdbc.queryForList(
                        "SELECT user_id, region_id, role, created_at FROM membership WHERE user_id"
                                + " = ?",
                        fixture.userId(USER));
    }

    @AfterEach
    void putBack() {
        SignIn.out();
        long id = fixture.userId(USER);
        jdbc.update("UPDATE user_account SET enabled = TRUE WHERE id = ?", id);
        jdbc.update("DELETE FROM membership WHERE user_id = ?", id);
        membershipsBefore.forEach(
                m ->
                        jdbc.update(
                                "INSERT INTO membership (user_id, region_id, role, created_at)"
                                        + " VALUES (?, ?, ?, ?)",
                                m.get("user_id"),
                                m.get("region_id"),
                                m.get("role"),
                                m.get("created_at")));
        SignIn.as(users, USER);
        feeds.revoke();
        SignIn.out();
    }

    @Test
    void memberSeesTheRegionsMeetingsUntilTheTokenIsRenewedRevokedOrTheMembershipEnds()
            throws Exception {
        long meeting = fixture.published("BRE", Instant.now().plus(Duration.ofDays(25)));
        String uid = MeetingInvitations.uid(meeting);

        SignIn.as(users, USER);
        assertThat(feeds.mineSince()).isEmpty();
        String first = feeds.renew();
        assertThat(first).matches("https?://[^/]+/agenda-feed/[A-Za-z0-9_-]{43}\\.ics");
        assertThat(feeds.mineSince()).isPresent();
        HttpResponse<String> ok = get(first);
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/calendar"));
        assertThat(uids(ok.body())).contains(uid);
        ICalendar calendar = Biweekly.parse(ok.body()).first();
        VEvent event =
                calendar.getEvents().stream()
                        .filter(e -> e.getUid().getValue().equals(uid))
                        .findFirst()
                        .orElseThrow();
        assertThat(event.getSequence().getValue()).isZero();
        assertThat(event.getDescription().getValue()).contains("1. Punt");

        String second = feeds.renew();
        assertThat(get(first).statusCode()).isEqualTo(404);
        assertThat(get(first).body()).isEmpty();
        assertThat(uids(get(second).body())).contains(uid);

        // The membership ends: the region's meetings leave the feed at once.
        jdbc.update("DELETE FROM membership WHERE user_id = ?", fixture.userId(USER));
        HttpResponse<String> without = get(second);
        assertThat(without.statusCode()).isEqualTo(200);
        assertThat(uids(without.body())).doesNotContain(uid);

        feeds.revoke();
        assertThat(feeds.mineSince()).isEmpty();
        HttpResponse<String> revoked = get(second);
        assertThat(revoked.statusCode()).isEqualTo(404);
        assertThat(revoked.body()).isEmpty();
    }

    @Test
    void disabledAccountAndForgedTokensGetNotFound() throws Exception {
        fixture.published("BRE", Instant.now().plus(Duration.ofDays(26)));
        SignIn.as(users, USER);
        String url = feeds.renew();
        assertThat(get(url).statusCode()).isEqualTo(200);

        jdbc.update("UPDATE user_account SET enabled = FALSE WHERE username = ?", USER);
        assertThat(get(url).statusCode()).isEqualTo(404);
        assertThat(get(url).body()).isEmpty();

        String base = "http://localhost:" + port + "/agenda-feed/";
        assertThat(get(base + "A".repeat(43) + ".ics").statusCode()).isEqualTo(404);
        assertThat(get(base + "kort.ics").statusCode()).isEqualTo(404);
        assertThat(get(base + "%27%20OR%201%3D1.ics").statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> get(String url) throws Exception {
        URI uri = URI.create(url);
        URI local = URI.create("http://localhost:" + port + uri.getRawPath());
        return http.send(
                HttpRequest.newBuilder(local).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> uids(String ics) {
        ICalendar calendar = Biweekly.parse(ics).first();
        return calendar.getEvents().stream().map(e -> e.getUid().getValue()).toList();
    }
}
