package nl.brabant.regiotafel.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.brabant.regiotafel.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The protective response headers and cookie flags, read off real responses: the login page, a
 * Vaadin init (UIDL) response, static resources, and requests that came through the TLS proxy
 * (X-Forwarded-Proto: https, from the loopback address the test runs on, a trusted proxy).
 */
@IntegrationTest
class SecurityHeadersTest {

    @LocalServerPort int port;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void loginPageCarriesTheProtectiveHeaders() throws Exception {
        HttpResponse<String> login = get("/login", false);
        assertThat(login.statusCode()).isEqualTo(200);
        assertProtective(login.headers());
    }

    @Test
    void vaadinInitResponseCarriesThemToo() throws Exception {
        HttpResponse<String> init = get("/?v-r=init&location=login&query=", false);
        assertThat(init.statusCode()).isEqualTo(200);
        assertThat(init.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).contains("json"));
        assertProtective(init.headers());
    }

    @Test
    void staticResourcesCarryThemToo() throws Exception {
        HttpResponse<String> css = get("/css/regiotafel.css", false);
        assertThat(css.statusCode()).isEqualTo(200);
        assertProtective(css.headers());

        Matcher script =
                Pattern.compile("src=\"\\./(VAADIN/build/[^\"]+\\.js)\"")
                        .matcher(get("/login", false).body());
        assertThat(script.find()).as("the login page loads Vaadin's bundle").isTrue();
        HttpResponse<String> bundle = get("/" + script.group(1), false);
        assertThat(bundle.statusCode()).isEqualTo(200);
        assertProtective(bundle.headers());
    }

    @Test
    void hstsOnlyWhenTheRequestCameOverTls() throws Exception {
        assertThat(get("/login", false).headers().firstValue("Strict-Transport-Security"))
                .isEmpty();
        assertThat(get("/login", true).headers().firstValue("Strict-Transport-Security"))
                .hasValue("max-age=31536000 ; includeSubDomains");
        assertThat(
                        get("/css/regiotafel.css", true)
                                .headers()
                                .firstValue("Strict-Transport-Security"))
                .isPresent();
    }

    @Test
    void redirectsStayOnHttpsBehindTheProxy() throws Exception {
        // Relative: the browser stays on the scheme and host it used, https behind the proxy.
        HttpResponse<String> redirect = get("/", true);
        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.headers().firstValue("Location")).hasValue("/login");
        assertThat(get("/", false).headers().firstValue("Location")).hasValue("/login");
    }

    @Test
    void sessionCookieIsHttpOnlyAndLaxAndSecureOverTls() throws Exception {
        String plain = sessionCookie(get("/login", false).headers());
        assertThat(attributes(plain))
                .contains("HttpOnly", "SameSite=Lax", "Path=/")
                .doesNotContain("Secure");

        String overTls = sessionCookie(get("/login", true).headers());
        assertThat(attributes(overTls)).contains("HttpOnly", "SameSite=Lax", "Secure");

        // Signing in gives a new session id (against session fixation), with the same flags.
        HttpResponse<String> page = get("/login", true);
        Matcher csrf = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(page.body());
        assertThat(csrf.find()).isTrue();
        HttpResponse<String> signedIn =
                http.send(
                        HttpRequest.newBuilder(uri("/login"))
                                .header("X-Forwarded-Proto", "https")
                                .header("Cookie", sessionCookie(page.headers()).split(";")[0])
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(
                                        HttpRequest.BodyPublishers.ofString(
                                                "username=monitor&password=Regiotafel-demo-2026&_csrf="
                                                        + URLEncoder.encode(
                                                                csrf.group(1),
                                                                StandardCharsets.UTF_8)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("login"));
        assertThat(attributes(sessionCookie(signedIn.headers())))
                .contains("HttpOnly", "SameSite=Lax", "Secure");
    }

    private static void assertProtective(HttpHeaders headers) {
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(headers.firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");
        assertThat(headers.allValues("Content-Security-Policy"))
                .singleElement()
                .satisfies(csp -> assertThat(csp).contains("frame-ancestors 'self'"));
    }

    private static String sessionCookie(HttpHeaders headers) {
        return headers.allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + headers.map()));
    }

    private static List<String> attributes(String setCookie) {
        return List.of(setCookie.split(";\\s*"));
    }

    private HttpResponse<String> get(String path, boolean viaTlsProxy) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (viaTlsProxy) {
            request.header("X-Forwarded-Proto", "https");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
