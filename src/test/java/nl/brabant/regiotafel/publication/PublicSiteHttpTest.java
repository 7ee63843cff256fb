package nl.brabant.regiotafel.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.brabant.regiotafel.IntegrationTest;
import nl.brabant.regiotafel.meeting.AgendaService;
import nl.brabant.regiotafel.meeting.MeetingService;
import nl.brabant.regiotafel.meeting.MinutesService;
import nl.brabant.regiotafel.testsupport.SignIn;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The public site and its feeds over HTTP, as a visitor gets them: no session, no login. What is
 * published shows with its metadata and PDF/A; withdrawn, never published and malformed addresses
 * all get the same 404 page.
 */
@IntegrationTest
class PublicSiteHttpTest {

    @LocalServerPort int port;
    @Autowired PublicationService publications;
    @Autowired MeetingService meetings;
    @Autowired AgendaService agendas;
    @Autowired MinutesService minutes;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void publishedItemsShowWithoutASessionAndWithdrawnOnesAreGone() throws Exception {
        var fixture = new WooMeetings(meetings, agendas, minutes, users, jdbc);
        var built =
                fixture.publishedAgenda(
                        "HVB", false, new String[] {"Openbaar punt <b>vet</b>", "Jan", "Org"});
        SignIn.as(users, "ambtenaar.hvb");
        PublicationRow row = publications.publishAgenda(built.meetingId());
        SignIn.out();

        HttpResponse<String> region = get("/openbaar/HVB");
        assertThat(region.statusCode()).isEqualTo(200);
        assertThat(region.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(region.headers().firstValue("Cache-Control")).hasValue("no-cache");
        Document html = Jsoup.parse(region.body());
        assertThat(html.selectFirst("html").attr("lang")).isEqualTo("nl");
        assertThat(html.select("h1").text()).isEqualTo("Regio Hart van Brabant");
        assertThat(html.select("a[href=" + row.publicPath() + "]").text())
                .startsWith("Agenda: Woo-tafel");

        HttpResponse<String> page = get(row.publicPath());
        assertThat(page.statusCode()).isEqualTo(200);
        Document detail = Jsoup.parse(page.body());
        assertThat(detail.select("td").eachText()).contains("Openbaar punt <b>vet</b>");
        assertThat(detail.select("b")).isEmpty();
        String pdfPath = detail.selectFirst("a[type=application/pdf]").attr("href");
        HttpResponse<byte[]> pdf =
                http.send(request(pdfPath), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");

        String id = row.publicPath().substring(row.publicPath().lastIndexOf('/') + 1);
        String json = get("/openbaar/feed.json").body();
        assertThat(json)
                .contains(id)
                .contains("\"documentsoort\":\"agenda\"")
                .contains("https://identifier.overheid.nl/tooi/id/provincie/pv30")
                .contains("\"code\":\"HVB\"")
                .contains("\"documentdatum\":\"");
        HttpResponse<String> csv = get("/openbaar/HVB/feed.csv");
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body()).contains("documentsoort").contains(id).contains("Agenda");
        String atom = get("/openbaar/feed.atom").body();
        assertThat(Jsoup.parse(atom, "", Parser.xmlParser()).select("entry id").eachText())
                .anyMatch(e -> e.endsWith(row.publicPath()));

        SignIn.as(users, "ambtenaar.hvb");
        publications.withdraw(row.id(), "Test: intrekken");
        SignIn.out();

        HttpResponse<String> gone = get(row.publicPath());
        HttpResponse<String> never = get("/openbaar/publicatie/abcdefghijkmnpqr");
        assertThat(gone.statusCode()).isEqualTo(404);
        assertThat(never.statusCode()).isEqualTo(404);
        assertThat(gone.body()).isEqualTo(never.body()).doesNotContain("ingetrokken");
        assertThat(http.send(request(pdfPath), HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(404);
        assertThat(get("/openbaar/feed.json").body()).doesNotContain(id);
        assertThat(get("/openbaar/HVB/feed.csv").body()).doesNotContain(id);
        assertThat(get("/openbaar/feed.atom").body()).doesNotContain(id);
        assertThat(get("/openbaar/HVB").body()).doesNotContain(id);
    }

    @Test
    void theStartPageListsEveryRegionAndAnEmptyRegionSaysSo() throws Exception {
        HttpResponse<String> start = get("/openbaar");
        assertThat(start.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(start.body()).select("main li a")).hasSize(7);
        HttpResponse<String> empty = get("/openbaar/KA2");
        assertThat(empty.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(empty.body()).select("p.empty").text())
                .isEqualTo("Deze regio heeft nog niets openbaar gemaakt.");
    }

    @Test
    void badAddressesAreAPlain404() throws Exception {
        String notFound = get("/openbaar/publicatie/abcdefghijkmnpqr").body();
        for (String path :
                List.of(
                        "/openbaar/XYZ",
                        "/openbaar/" + "x".repeat(5000),
                        "/openbaar/publicatie/" + "a".repeat(5000),
                        "/openbaar/publicatie/" + enc("' OR 1=1 --"),
                        "/openbaar/publicatie/" + enc("🙈🙈🙈🙈🙈🙈🙈🙈"),
                        "/openbaar/publicatie/" + enc("مرحبا بالعالم"),
                        "/openbaar/publicatie/abcdefghijkmnpqr/agenda.pdf",
                        "/openbaar/feed.xml",
                        "/openbaar/XYZ/feed.json")) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).isEqualTo(notFound);
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(request(path), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build();
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
