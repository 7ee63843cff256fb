package nl.brabant.regiotafel.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.brabant.regiotafel.IntegrationTest;
import nl.brabant.regiotafel.testsupport.SignIn;
import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.apache.catalina.util.NetMaskSet;
import org.apache.catalina.valves.RemoteIpValve;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Plain HTTP against the running application: sessions, login errors, throttling, the end of a
 * session.
 */
@IntegrationTest
class HttpSecurityTest {

    @LocalServerPort int port;
    @Autowired UserAdminService userAdmin;
    @Autowired UserDetailsService userDetails;

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

    @Autowired ServletWebServerApplicationContext webContext;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void anonymousRequestToVaadinWithoutSlashCreatesNoSession() throws Exception {
        HttpResponse<String> response = get("/VAADIN");
        assertThat(response.headers().allValues("Set-Cookie"))
                .noneMatch(c -> c.startsWith("JSESSIONID"));
        assertThat(response.statusCode()).isEqualTo(404);
    }

    @Test
    void anUnknownAddressAnswers404AndAKnownOne200ForASignedInBrowser() throws Exception {
        String session = signIn("ambtenaar.nob");
        assertThat(page("/bestaat-niet", session).statusCode()).isEqualTo(404);
        assertThat(page("/regio/NOB/bestaat-niet", session).statusCode()).isEqualTo(404);
        HttpResponse<String> known = page("/regio/NOB", session);
        assertThat(known.statusCode()).isEqualTo(200);
        // The 404 page is still the application's own page (menu, language), not a bare error.
        assertThat(page("/bestaat-niet", session).body()).contains("<html").contains("VAADIN/");
    }

    @Test
    void loginPageIsServedAnonymously() throws Exception {
        HttpResponse<String> response = get("/login");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(get("/css/regiotafel.css").statusCode()).isEqualTo(200);
    }

    @Test
    void wrongPasswordGivesTheGenericErrorAndTheThrottleStopsGuessing() throws Exception {
        String user = "ambtenaar.sge";
        HttpResponse<String> wrong = login(user, "fout-wachtwoord");
        assertThat(wrong.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
        // An unknown account gets exactly the same answer.
        assertThat(login("bestaat.niet", "fout-wachtwoord").headers().firstValue("Location"))
                .isEqualTo(wrong.headers().firstValue("Location"));
        for (int i = 1; i < LoginThrottle.FAILURES_PER_ACCOUNT; i++) {
            login(user, "fout-wachtwoord-" + i);
        }
        // Now even the right password is refused until the window has passed.
        HttpResponse<String> blocked = login(user, "Regiotafel-demo-2026");
        assertThat(blocked.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?blocked"));
        // Another account from the same address is not affected.
        HttpResponse<String> other = login("ambtenaar.peel", "Regiotafel-demo-2026");
        assertThat(other.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("login"));
    }

    @Test
    void theOldSessionCookieOpensNothingAfterLogout() throws Exception {
        String session = signIn("wethouder.wbw");
        HttpResponse<String> page = get("/regio/WBW", session);
        assertThat(page.statusCode()).as("signed in, the page is served").isEqualTo(200);

        Matcher csrf = CSRF.matcher(page.body());
        assertThat(csrf.find()).isTrue();
        HttpResponse<String> logout =
                http.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/logout"))
                                .header("Cookie", session)
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf.group(1)))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(logout.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));

        assertRedirectedToLogin(get("/regio/WBW", session));
    }

    @Test
    void disablingAnAccountEndsTheSessionItHasOpen() throws Exception {
        long userId;
        SignIn.as(userDetails, "beheerder");
        try {
            userId =
                    userAdmin
                            .createUser(
                                    new NewUser(
                                            "sessie.http",
                                            "Sessie Http",
                                            null,
                                            null,
                                            "Regiotafel-demo-2026"))
                            .id();
        } finally {
            SignIn.out();
        }
        String session = signIn("sessie.http");
        assertThat(get("/", session).statusCode())
                .as("signed in, the start page is served")
                .isEqualTo(200);

        SignIn.as(userDetails, "beheerder");
        try {
            userAdmin.setEnabled(userId, false);
        } finally {
            SignIn.out();
        }
        assertRedirectedToLogin(get("/", session));
    }

    @Test
    void theExitOfAnEndedSessionCannotSignOutASessionThatIsStillActive() throws Exception {
        String session = signIn("wethouder.peel");
        HttpResponse<String> exit = get(EndedSessionExit.PATH, session);
        assertThat(exit.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login?inactief"));
        assertThat(get("/", session).statusCode()).as("still signed in").isEqualTo(200);
    }

    @Test
    void aLoginPostWithoutTheFormsCsrfTokenSignsNobodyIn() throws Exception {
        // A foreign page posting the attacker's credentials: no session of ours, no token, its own
        // Origin.
        HttpResponse<String> foreign =
                postLogin(
                        "ambtenaar.bre",
                        "Regiotafel-demo-2026",
                        "",
                        null,
                        "https://aanvaller.example");
        assertThat(foreign.headers().firstValue("Location"))
                .hasValue("/login?" + LoginCsrfFilter.EXPIRED_PARAMETER);
        sessionCookie(foreign)
                .ifPresent(
                        cookie -> {
                            try {
                                assertRedirectedToLogin(get("/", cookie));
                            } catch (Exception e) {
                                throw new AssertionError(e);
                            }
                        });

        // The login page's session, but a wrong token.
        HttpResponse<String> page = get("/login");
        String cookie = sessionCookie(page).orElseThrow();
        HttpResponse<String> forged =
                postLogin("ambtenaar.bre", "Regiotafel-demo-2026", "&_csrf=nep", cookie, null);
        assertThat(forged.headers().firstValue("Location"))
                .hasValue("/login?" + LoginCsrfFilter.EXPIRED_PARAMETER);
        assertRedirectedToLogin(get("/", cookie));

        // With the page's own token the same account signs in.
        assertThat(signIn("ambtenaar.bre")).startsWith("JSESSIONID=");
    }

    @Test
    void anonymousSessionsAreShortLivedAndSigningInGivesTheFullLifetime() throws Exception {
        assertThat(sessionCookie(get("/css/regiotafel.css")))
                .as("static resources make no session")
                .isEmpty();
        HttpResponse<String> page = get("/login");
        String anonymous = sessionCookie(page).orElseThrow();
        assertThat(tomcatSession(anonymous).getMaxInactiveInterval())
                .as("the login page's session, in seconds")
                .isEqualTo(180);
        Matcher script =
                Pattern.compile("src=\"\\./(VAADIN/build/[^\"]+\\.js)\"").matcher(page.body());
        assertThat(script.find()).isTrue();
        assertThat(sessionCookie(get("/" + script.group(1))))
                .as("Vaadin's bundle makes no session")
                .isEmpty();

        String signedIn = signIn("monitor");
        assertThat(tomcatSession(signedIn).getMaxInactiveInterval()).isEqualTo(30 * 60);
    }

    @Test
    void forwardedHeadersAreBelievedFromLoopbackOnly() {
        RemoteIpValve valve =
                Arrays.stream(
                                ((TomcatWebServer) webContext.getWebServer())
                                        .getTomcat()
                                        .getEngine()
                                        .getPipeline()
                                        .getValves())
                        .filter(RemoteIpValve.class::isInstance)
                        .map(RemoteIpValve.class::cast)
                        .findFirst()
                        .orElseThrow();
        NetMaskSet trusted = NetMaskSet.parse(valve.getInternalProxies());
        for (String proxy : List.of("127.0.0.1", "127.10.0.1", "::1")) {
            assertThat(trusted.contains(address(proxy))).as(proxy).isTrue();
        }
        // Neighbours on a LAN or a docker network are clients like any other: their X-Forwarded-For
        // is ignored.
        for (String client :
                List.of(
                        "10.1.2.3",
                        "172.17.0.1",
                        "192.168.1.20",
                        "100.64.0.5",
                        "169.254.1.1",
                        "fd00::1",
                        "fe80::1")) {
            assertThat(trusted.contains(address(client))).as(client).isFalse();
        }
    }

    @Test
    void redirectsNeverCarryTheHostTheClientSent() throws Exception {
        String head =
                raw(
                        "GET /regio/HVB HTTP/1.1\r\nHost: aanvaller.example\r\nX-Forwarded-Host: ook.aanvaller.example"
                                + "\r\nConnection: close\r\n\r\n");
        assertThat(head).startsWith("HTTP/1.1 302");
        String location =
                head.lines()
                        .filter(l -> l.regionMatches(true, 0, "Location:", 0, 9))
                        .findFirst()
                        .orElseThrow();
        assertThat(location).isEqualToIgnoringCase("Location: /login");

        // After signing in, the way back to the page asked for stays on our own address too.
        String cookie =
                head.lines()
                        .filter(l -> l.startsWith("Set-Cookie: JSESSIONID="))
                        .findFirst()
                        .orElseThrow()
                        .substring("Set-Cookie: ".length())
                        .split(";")[0];
        HttpResponse<String> page = get("/login", cookie);
        Matcher csrf = CSRF.matcher(page.body());
        assertThat(csrf.find()).isTrue();
        String form =
                "username=ambtenaar.hvb&password=Regiotafel-demo-2026&_csrf="
                        + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        String answer =
                raw(
                        "POST /login HTTP/1.1\r\nHost: aanvaller.example\r\nX-Forwarded-Host: ook.aanvaller.example"
                                + "\r\nCookie: "
                                + cookie
                                + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: "
                                + form.length()
                                + "\r\nConnection: close\r\n\r\n"
                                + form);
        assertThat(answer).startsWith("HTTP/1.1 302").doesNotContainIgnoringCase("aanvaller");
        assertThat(
                        answer.lines()
                                .filter(l -> l.regionMatches(true, 0, "Location:", 0, 9))
                                .findFirst()
                                .orElseThrow())
                .isEqualToIgnoringCase("Location: /regio/HVB?continue");
    }

    private static InetAddress address(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new AssertionError(e);
        }
    }

    private static void assertRedirectedToLogin(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    /** Signs in with the login form; returns the session cookie ("JSESSIONID=..."). */
    private String signIn(String username) throws Exception {
        HttpResponse<String> response = login(username, "Regiotafel-demo-2026");
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("login"));
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';')))
                .findFirst()
                .orElseThrow();
    }

    private HttpResponse<String> get(String path, String cookie) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Cookie", cookie)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A page as a browser asks for it. */
    private HttpResponse<String> page(String path, String cookie) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Cookie", cookie)
                        .header("Accept", "text/html,application/xhtml+xml")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Posts the login form as the browser does: from the login page's session, with its CSRF token.
     */
    private HttpResponse<String> login(String username, String password) throws Exception {
        HttpResponse<String> page = get("/login");
        String cookie = sessionCookie(page).orElseThrow();
        Matcher csrf = CSRF.matcher(page.body());
        assertThat(csrf.find()).as("the login page carries a CSRF token").isTrue();
        return postLogin(
                username,
                password,
                "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8),
                cookie,
                null);
    }

    private HttpResponse<String> postLogin(
            String username, String password, String extra, String cookie, String origin)
            throws Exception {
        String form =
                "username="
                        + URLEncoder.encode(username, StandardCharsets.UTF_8)
                        + "&password="
                        + URLEncoder.encode(password, StandardCharsets.UTF_8)
                        + extra;
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        if (origin != null) {
            request.header("Origin", origin);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Optional<String> sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';')))
                .findFirst();
    }

    /**
     * A request written byte for byte, so that it can carry any Host header; returns the head of
     * the answer.
     */
    private String raw(String request) throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            byte[] answer = socket.getInputStream().readNBytes(4096);
            String text = new String(answer, StandardCharsets.ISO_8859_1);
            int end = text.indexOf("\r\n\r\n");
            return end < 0 ? text : text.substring(0, end);
        }
    }

    private Session tomcatSession(String cookie) throws Exception {
        Context context =
                (Context)
                        ((TomcatWebServer) webContext.getWebServer())
                                .getTomcat()
                                .getHost()
                                .findChildren()[0];
        Session session =
                context.getManager().findSession(cookie.substring("JSESSIONID=".length()));
        assertThat(session).as("the server knows session " + cookie).isNotNull();
        return session;
    }
}
