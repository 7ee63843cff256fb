package nl.brabant.regiotafel.base;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.brabant.regiotafel.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Hostile requests to the running server, written byte for byte: path tricks, broken encodings, a
 * NUL, oversized headers, junk for Vaadin, a login with a huge and control-laden user name.
 * Whatever the status, no answer shows a stack trace, an exception's class or message, or the
 * server's make.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class HostileHttpTest {

    private static final List<String> LEAKS =
            List.of(
                    "exception",
                    "\tat ",
                    "at java.",
                    "at org.",
                    "at nl.brabant",
                    "at com.vaadin",
                    "caused by",
                    "stacktrace",
                    "stack trace",
                    "apache tomcat",
                    "sqlstate",
                    "mariadb",
                    "hibernate",
                    "nl.brabant.regiotafel",
                    "whitelabel");

    @LocalServerPort int port;

    static Stream<Arguments> requests() {
        return Stream.of(
                get("encoded dot segments", "/regio/%2e%2e/%2e%2e/etc/passwd"),
                get("encoded slash", "/regio/HVB%2f..%2f..%2fetc%2fpasswd"),
                get("path parameter traversal", "/;jsessionid=x/..;/..;/etc/passwd"),
                get("backslash traversal", "/..%5c..%5cWEB-INF%5cweb.xml"),
                get("double slash", "//etc/passwd"),
                get("encoded NUL", "/regio/HVB%00.pdf"),
                get("broken percent encoding", "/%zz%"),
                get("overlong UTF-8", "/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd"),
                get("script in the path", "/regio/%3Cscript%3Ealert(1)%3C%2Fscript%3E"),
                get(
                        "script in the query",
                        "/login?error=%3Cscript%3Ealert(1)%3C/script%3E&continue=javascript:alert(1)"),
                get("the error page itself", "/error"),
                get("web.xml", "/WEB-INF/web.xml"),
                get("unknown Vaadin resource", "/VAADIN/..%2f..%2fapplication.properties"),
                raw(
                        "raw NUL in the request line",
                        "GET /regio\u0000HVB HTTP/1.1\r\nHost: localhost\r\n\r\n"),
                raw(
                        "control characters in the request line",
                        "GET /\u0007\u001b[31m HTTP/1.1\r\nHost: localhost\r\n\r\n"),
                raw("no Host header", "GET /login HTTP/1.1\r\nConnection: close\r\n\r\n"),
                raw(
                        "unknown method",
                        "PWN /login HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"),
                raw(
                        "TRACE",
                        "TRACE /login HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"),
                raw(
                        "oversized header",
                        "GET /login HTTP/1.1\r\nHost: localhost\r\nX-Junk: "
                                + "x".repeat(70_000)
                                + "\r\nConnection: close\r\n\r\n"),
                raw(
                        "header with a line break injection",
                        "GET /login HTTP/1.1\r\nHost: localhost\r\nX-A: b\rSet-Cookie: x=1"
                                + "\r\nConnection: close\r\n\r\n"),
                raw(
                        "conflicting lengths",
                        "POST /login HTTP/1.1\r\nHost: localhost\r\nContent-Length: 5\r\n"
                                + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n0\r\n\r\n"),
                post(
                        "junk for Vaadin",
                        "/?v-r=uidl&v-uiId=0",
                        "application/json",
                        "{\"csrfToken\":\"x\",\"rpc\":[{\"type\":"),
                post(
                        "junk heartbeat",
                        "/?v-r=heartbeat&v-uiId=999999",
                        "text/plain",
                        "\u0000\u0001"),
                post(
                        "junk upload",
                        "/VAADIN/dynamic/resource/0/abc/upload",
                        "multipart/form-data; boundary=x",
                        "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"../../x.pdf\"\r\n\r\nMZ\r\n--x--"),
                post(
                        "hostile login",
                        "/login",
                        "application/x-www-form-urlencoded",
                        "username="
                                + URLEncoder.encode(
                                        "bestaat.niet\u0000<script>" + "x".repeat(20_000), UTF_8)
                                + "&password="
                                + URLEncoder.encode("😀".repeat(100), UTF_8)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void noAnswerShowsAStackTraceOrTheServersInsides(String what, String request)
            throws IOException {
        assertNothingLeaks(what, send(request));
    }

    private static void assertNothingLeaks(String what, String response) {
        String lower = response.toLowerCase(Locale.ROOT);
        assertThat(LEAKS).as(what + ":\n" + head(response)).noneMatch(lower::contains);
        assertThat(response).as(what).doesNotContain("<script>alert(1)");
        assertThat(statusOf(response)).as(what + ":\n" + head(response)).isBetween(200, 499);
    }

    /**
     * Signed in, with a Vaadin session: junk for the UI's own endpoints and routes with hostile
     * parameters.
     */
    @Test
    void signedInJunkForVaadinShowsNoInsidesEither() throws IOException {
        String login =
                send(loginPost("username=woningcorporatie.nob&password=Regiotafel-demo-2026"));
        assertThat(login).contains("Location: ").doesNotContain("/login?");
        String cookie =
                login.lines()
                        .filter(l -> l.startsWith("Set-Cookie: JSESSIONID="))
                        .findFirst()
                        .orElseThrow()
                        .substring("Set-Cookie: ".length())
                        .split(";")[0];
        List<String> requests =
                List.of(
                        "GET /regio/NOB/regiotafel/%3Cscript%3Ealert(1)%3C%2Fscript%3E HTTP/1.1",
                        "GET /?v-r=init&location=regio%2FNOB%2Fafspraken%2F99999999999999999999999 HTTP/1.1",
                        "GET /?v-r=init&location=regio%2F%3Cscript%3E%2Fregiotafel%2F-1 HTTP/1.1",
                        "GET /?v-r=init&location=..%2F..%2Fetc%2Fpasswd HTTP/1.1");
        for (String line : requests) {
            String response =
                    send(
                            line
                                    + "\r\nHost: localhost\r\nCookie: "
                                    + cookie
                                    + "\r\nConnection: close\r\n\r\n");
            assertNothingLeaks(line, response);
        }
        for (String body :
                List.of(
                        "{\"csrfToken\":\"x\",\"rpc\":[{\"type\":",
                        "{\"csrfToken\":\"x\",\"rpc\":[]," + "\"syncId\":-1,\"clientId\":99}",
                        "\u0000\uFFFF")) {
            byte[] bytes = body.getBytes(UTF_8);
            String response =
                    send(
                            "POST /?v-r=uidl&v-uiId=0 HTTP/1.1\r\nHost: localhost\r\nCookie: "
                                    + cookie
                                    + "\r\nContent-Type: application/json\r\nContent-Length: "
                                    + bytes.length
                                    + "\r\nConnection: close\r\n\r\n"
                                    + body);
            assertNothingLeaks("UIDL " + body, response);
        }
    }

    @Test
    void aHostileLoginIsAnOrdinaryFailedLogin() throws IOException {
        String response =
                send(
                        loginPost(
                                "username="
                                        + URLEncoder.encode(
                                                "bestaat.ook.niet\r\nX-Injected: 1", UTF_8)
                                        + "&password=x"));
        assertThat(statusOf(response)).isEqualTo(302);
        assertThat(response).contains("/login?error").doesNotContain("X-Injected");
    }

    /**
     * Many clients that trickle a form body (here to /logout: the CSRF check reads the body before
     * it can refuse, and nothing is counted against the login throttle) must not hold the threads a
     * normal user's page needs. With a fixed pool of 200 request threads the page did not answer.
     */
    @Test
    void slowBodiesDoNotStarveANormalPage() throws Exception {
        int slowClients = 260;
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < slowClients; i++) {
                Socket socket = new Socket("localhost", port);
                socket.getOutputStream()
                        .write(
                                ("POST /logout HTTP/1.1\r\nHost: localhost\r\n"
                                                + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 200\r\n\r\n_")
                                        .getBytes(UTF_8));
                socket.getOutputStream().flush();
                slow.add(socket);
            }
            Thread.sleep(1000);
            for (Socket socket : slow) {
                socket.getOutputStream().write('c');
                socket.getOutputStream().flush();
            }
            long start = System.nanoTime();
            HttpResponse<String> page =
                    HttpClient.newHttpClient()
                            .send(
                                    HttpRequest.newBuilder(
                                                    URI.create(
                                                            "http://localhost:" + port + "/login"))
                                            .timeout(Duration.ofSeconds(8))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString());
            long millis = (System.nanoTime() - start) / 1_000_000;
            System.out.println(
                    "FIGURE normal page with " + slowClients + " slow clients: " + millis + " ms");
            assertThat(page.statusCode()).isEqualTo(200);
            // Generous for a shared, busy machine; without the fix the page did not answer at all.
            assertThat(millis).as("the login page answers quickly").isLessThan(5000);
        } finally {
            for (Socket socket : slow) {
                socket.close();
            }
        }
    }

    /**
     * A malformed UIDL message is refused with one short line in the log, not a stack trace:
     * before, 1.3 KB of junk wrote about 16 KB of ERROR log, so the log itself was the easy target.
     */
    @Test
    void aMalformedUidlRequestCostsOneShortLogLine(CapturedOutput output) throws IOException {
        String login = send(loginPost("username=uitzendbureau.nob&password=Regiotafel-demo-2026"));
        String cookie =
                login.lines()
                        .filter(l -> l.startsWith("Set-Cookie: JSESSIONID="))
                        .findFirst()
                        .orElseThrow()
                        .substring("Set-Cookie: ".length())
                        .split(";")[0];
        String init =
                send(
                        "GET /?v-r=init&location=&query= HTTP/1.1\r\nHost: localhost\r\nCookie: "
                                + cookie
                                + "\r\nConnection: close\r\n\r\n");
        assertThat(statusOf(init)).isEqualTo(200);
        String junk = "{\"csrfToken\":\"x\",\"rpc\":[{\"type\":" + "[".repeat(1200);
        int before = output.length();
        String response =
                send(
                        "POST /?v-r=uidl&v-uiId=0 HTTP/1.1\r\nHost: localhost\r\nCookie: "
                                + cookie
                                + "\r\nContent-Type: application/json\r\nContent-Length: "
                                + junk.length()
                                + "\r\nConnection: close\r\n\r\n"
                                + junk);
        assertNothingLeaks("malformed UIDL", response);
        String logged = output.toString().substring(before);
        assertThat(logged).as(logged).doesNotContain("\tat ").doesNotContain("ERROR");
        assertThat(logged.length()).as(logged).isLessThan(600);
    }

    /** A login post as the login page sends it: with the page's session and CSRF token. */
    private String loginPost(String form) throws IOException {
        String page = send("GET /login HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        String cookie =
                page.lines()
                        .filter(l -> l.startsWith("Set-Cookie: JSESSIONID="))
                        .findFirst()
                        .orElseThrow()
                        .substring("Set-Cookie: ".length())
                        .split(";")[0];
        Matcher csrf = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(page);
        assertThat(csrf.find()).as("the login page carries a CSRF token").isTrue();
        byte[] body = (form + "&_csrf=" + URLEncoder.encode(csrf.group(1), UTF_8)).getBytes(UTF_8);
        return "POST /login HTTP/1.1\r\nHost: localhost\r\nCookie: "
                + cookie
                + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: "
                + body.length
                + "\r\nConnection: close\r\n\r\n"
                + new String(body, UTF_8);
    }

    private String send(String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                int read;
                while ((read = in.read(buffer)) != -1) {
                    answer.write(buffer, 0, read);
                }
            } catch (SocketTimeoutException | SocketException stopped) {
                // keep-alive or reset: what arrived is the answer
            }
            return answer.toString(ISO_8859_1);
        }
    }

    private static int statusOf(String response) {
        if (!response.startsWith("HTTP/1.1 ")) {
            return 0;
        }
        return Integer.parseInt(response.substring(9, 12));
    }

    private static String head(String response) {
        return response.length() > 1500 ? response.substring(0, 1500) : response;
    }

    private static Arguments get(String what, String path) {
        return Arguments.of(
                what, "GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    }

    private static Arguments raw(String what, String request) {
        return Arguments.of(what, request);
    }

    private static Arguments post(String what, String path, String type, String body) {
        byte[] bytes = body.getBytes(UTF_8);
        return Arguments.of(
                what,
                "POST "
                        + path
                        + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: "
                        + type
                        + "\r\nContent-Length: "
                        + bytes.length
                        + "\r\nConnection: close\r\n\r\n"
                        + body);
    }
}
