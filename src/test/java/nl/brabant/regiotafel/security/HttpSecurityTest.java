package nl.brabant.regiotafel.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.brabant.regiotafel.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Plain HTTP against the running application: sessions, login errors, throttling, the end of a session. */
@WebIntegrationTest
class HttpSecurityTest {

    @LocalServerPort int port;
    @Autowired UserAdminService userAdmin;
    @Autowired UserDetailsService userDetails;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void anonymousRequestToVaadinWithoutSlashCreatesNoSession() throws Exception {
        HttpResponse<String> response = get("/VAADIN");
        assertThat(response.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));
        assertThat(response.statusCode()).isEqualTo(404);
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
        assertThat(wrong.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
        // An unknown account gets exactly the same answer.
        assertThat(login("bestaat.niet", "fout-wachtwoord").headers().firstValue("Location")).isEqualTo(
                wrong.headers().firstValue("Location"));
        for (int i = 1; i < LoginThrottle.FAILURES_PER_ACCOUNT; i++) {
            login(user, "fout-wachtwoord-" + i);
        }
        // Now even the right password is refused until the window has passed.
        HttpResponse<String> blocked = login(user, "Regiotafel-demo-2026");
        assertThat(blocked.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?blocked"));
        // Another account from the same address is not affected.
        HttpResponse<String> other = login("ambtenaar.peel", "Regiotafel-demo-2026");
        assertThat(other.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("login"));
    }

    @Test
    void theOldSessionCookieOpensNothingAfterLogout() throws Exception {
        String session = signIn("wethouder.wbw");
        HttpResponse<String> page = get("/regio/WBW", session);
        assertThat(page.statusCode()).as("signed in, the page is served").isEqualTo(200);

        Matcher csrf = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(page.body());
        assertThat(csrf.find()).isTrue();
        HttpResponse<String> logout = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/logout"))
                .header("Cookie", session).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf.group(1))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(logout.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));

        assertRedirectedToLogin(get("/regio/WBW", session));
    }

    @Test
    void disablingAnAccountEndsTheSessionItHasOpen() throws Exception {
        long userId;
        SignIn.as(userDetails, "beheerder");
        try {
            userId = userAdmin.createUser(new NewUser("sessie.http", "Sessie Http", null, null, "Regiotafel-demo-2026")).id();
        } finally {
            SignIn.out();
        }
        String session = signIn("sessie.http");
        assertThat(get("/", session).statusCode()).as("signed in, the start page is served").isEqualTo(200);

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
        assertThat(exit.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?inactief"));
        assertThat(get("/", session).statusCode()).as("still signed in").isEqualTo(200);
    }

    private static void assertRedirectedToLogin(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    /** Signs in with the login form; returns the session cookie ("JSESSIONID=..."). */
    private String signIn(String username) throws Exception {
        HttpResponse<String> response = login(username, "Regiotafel-demo-2026");
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("login"));
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
    }

    private HttpResponse<String> get(String path, String cookie) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Cookie", cookie)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> login(String username, String password) throws Exception {
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
