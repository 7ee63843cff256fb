package nl.brabant.regiotafel.base;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import nl.brabant.regiotafel.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Hostile requests to the running server, written byte for byte: path tricks, broken encodings, a NUL,
 * oversized headers, junk for Vaadin, a login with a huge and control-laden user name. Whatever the
 * status, no answer shows a stack trace, an exception's class or message, or the server's make.
 */
@WebIntegrationTest
class HostileHttpTest {

    private static final List<String> LEAKS = List.of("exception", "\tat ", "at java.", "at org.", "at nl.brabant",
            "at com.vaadin", "caused by", "stacktrace", "stack trace", "apache tomcat", "sqlstate", "mariadb",
            "hibernate", "nl.brabant.regiotafel", "whitelabel");

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
                get("script in the query", "/login?error=%3Cscript%3Ealert(1)%3C/script%3E&continue=javascript:alert(1)"),
                get("the error page itself", "/error"),
                get("web.xml", "/WEB-INF/web.xml"),
                get("unknown Vaadin resource", "/VAADIN/..%2f..%2fapplication.properties"),
                raw("raw NUL in the request line", "GET /regio\u0000HVB HTTP/1.1\r\nHost: localhost\r\n\r\n"),
                raw("control characters in the request line", "GET /\u0007\u001b[31m HTTP/1.1\r\nHost: localhost\r\n\r\n"),
                raw("no Host header", "GET /login HTTP/1.1\r\nConnection: close\r\n\r\n"),
                raw("unknown method", "PWN /login HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"),
                raw("TRACE", "TRACE /login HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"),
                raw("oversized header", "GET /login HTTP/1.1\r\nHost: localhost\r\nX-Junk: " + "x".repeat(70_000)
                        + "\r\nConnection: close\r\n\r\n"),
                raw("header with a line break injection", "GET /login HTTP/1.1\r\nHost: localhost\r\nX-A: b\rSet-Cookie: x=1"
                        + "\r\nConnection: close\r\n\r\n"),
                raw("conflicting lengths", "POST /login HTTP/1.1\r\nHost: localhost\r\nContent-Length: 5\r\n"
                        + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n0\r\n\r\n"),
                post("junk for Vaadin", "/?v-r=uidl&v-uiId=0", "application/json", "{\"csrfToken\":\"x\",\"rpc\":[{\"type\":"),
                post("junk heartbeat", "/?v-r=heartbeat&v-uiId=999999", "text/plain", "\u0000\u0001"),
                post("junk upload", "/VAADIN/dynamic/resource/0/abc/upload", "multipart/form-data; boundary=x",
                        "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"../../x.pdf\"\r\n\r\nMZ\r\n--x--"),
                post("hostile login", "/login", "application/x-www-form-urlencoded",
                        "username=" + URLEncoder.encode("bestaat.niet\u0000<script>" + "x".repeat(20_000), UTF_8)
                                + "&password=" + URLEncoder.encode("😀".repeat(100), UTF_8)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void noAnswerShowsAStackTraceOrTheServersInsides(String what, String request) throws IOException {
        assertNothingLeaks(what, send(request));
    }

    private static void assertNothingLeaks(String what, String response) {
        String lower = response.toLowerCase(Locale.ROOT);
        assertThat(LEAKS).as(what + ":\n" + head(response)).noneMatch(lower::contains);
        assertThat(response).as(what).doesNotContain("<script>alert(1)");
        assertThat(statusOf(response)).as(what + ":\n" + head(response)).isBetween(200, 499);
    }

    /** Signed in, with a Vaadin session: junk for the UI's own endpoints and routes with hostile parameters. */
    @Test
    void signedInJunkForVaadinShowsNoInsidesEither() throws IOException {
        String login = send((String) post("", "/login", "application/x-www-form-urlencoded",
                "username=woningcorporatie.nob&password=Regiotafel-demo-2026").get()[1]);
        assertThat(login).contains("Location: ").doesNotContain("/login?");
        String cookie = login.lines().filter(l -> l.startsWith("Set-Cookie: JSESSIONID=")).findFirst().orElseThrow()
                .substring("Set-Cookie: ".length()).split(";")[0];
        List<String> requests = List.of(
                "GET /regio/NOB/regiotafel/%3Cscript%3Ealert(1)%3C%2Fscript%3E HTTP/1.1",
                "GET /?v-r=init&location=regio%2FNOB%2Fafspraken%2F99999999999999999999999 HTTP/1.1",
                "GET /?v-r=init&location=regio%2F%3Cscript%3E%2Fregiotafel%2F-1 HTTP/1.1",
                "GET /?v-r=init&location=..%2F..%2Fetc%2Fpasswd HTTP/1.1");
        for (String line : requests) {
            String response = send(line + "\r\nHost: localhost\r\nCookie: " + cookie + "\r\nConnection: close\r\n\r\n");
            assertNothingLeaks(line, response);
        }
        for (String body : List.of("{\"csrfToken\":\"x\",\"rpc\":[{\"type\":", "{\"csrfToken\":\"x\",\"rpc\":[],"
                + "\"syncId\":-1,\"clientId\":99}", "\u0000\uFFFF")) {
            byte[] bytes = body.getBytes(UTF_8);
            String response = send("POST /?v-r=uidl&v-uiId=0 HTTP/1.1\r\nHost: localhost\r\nCookie: " + cookie
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + bytes.length
                    + "\r\nConnection: close\r\n\r\n" + body);
            assertNothingLeaks("UIDL " + body, response);
        }
    }

    @Test
    void aHostileLoginIsAnOrdinaryFailedLogin() throws IOException {
        String response = send((String) post("", "/login", "application/x-www-form-urlencoded",
                "username=" + URLEncoder.encode("bestaat.ook.niet\r\nX-Injected: 1", UTF_8) + "&password=x").get()[1]);
        assertThat(statusOf(response)).isEqualTo(302);
        assertThat(response).contains("/login?error").doesNotContain("X-Injected");
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
            } catch (java.net.SocketTimeoutException | java.net.SocketException stopped) {
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
        return Arguments.of(what, "GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    }

    private static Arguments raw(String what, String request) {
        return Arguments.of(what, request);
    }

    private static Arguments post(String what, String path, String type, String body) {
        byte[] bytes = body.getBytes(UTF_8);
        return Arguments.of(what, "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: " + type
                + "\r\nContent-Length: " + bytes.length + "\r\nConnection: close\r\n\r\n" + body);
    }
}
