package nl.brabant.regiotafel.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.QueryParameters;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.brabant.regiotafel.IntegrationTest;
import nl.brabant.regiotafel.base.ui.ErrorView;
import nl.brabant.regiotafel.base.ui.Feedback;
import nl.brabant.regiotafel.security.ui.LoginView;
import nl.brabant.regiotafel.testsupport.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The shared test database frozen (SIGSTOP: the server takes connections but never answers, the
 * hardest case) and thawed again within the test: a login, a page and a save each end within a
 * bounded wait with "De dienst is tijdelijk niet beschikbaar", never "wrong password", a stack
 * trace or an endless loading bar; afterwards everything works again without a restart.
 */
@IntegrationTest
@ViewPackages(packages = "nl.brabant.regiotafel")
class DatabaseOutageTest extends SpringBrowserlessTest {

    private static final String PASSWORD = "Regiotafel-demo-2026";
    private static final Duration BOUND = Duration.ofSeconds(25);

    @LocalServerPort int port;
    @Autowired EmbeddedMariaDb database;
    @Autowired JdbcTemplate jdbc;

    @Test
    @WithUserDetails("wethouder.hvb")
    void whileTheDatabaseIsFrozenLoginPagesAndSavesSayTemporarilyUnavailable() throws Exception {
        HttpClient http =
                HttpClient.newBuilder()
                        .cookieHandler(new CookieManager())
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .build();
        String csrf = csrfOfLoginPage(http);
        long pid = database.serverProcess().orElseThrow().pid();
        signal("-STOP", pid);
        try {
            long started = System.nanoTime();
            HttpResponse<String> login = login(http, csrf, "ambtenaar.hvb", PASSWORD);
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            System.out.println(
                    "BENCHMARK login answered " + took.toMillis() + " ms into a frozen database");
            assertThat(login.headers().firstValue("Location"))
                    .hasValueSatisfying(
                            l -> assertThat(l).endsWith("/login?" + LoginView.LOGIN_UNAVAILABLE));
            assertThat(took).isLessThan(BOUND);

            started = System.nanoTime();
            navigate("regio/HVB", Component.class);
            took = Duration.ofNanos(System.nanoTime() - started);
            System.out.println(
                    "BENCHMARK page answered " + took.toMillis() + " ms into a frozen database");
            assertThat(getCurrentView()).isInstanceOf(ErrorView.class);
            assertThat(getCurrentView().getElement().getTextRecursively())
                    .contains(
                            "De dienst is tijdelijk niet beschikbaar. Probeer het over een paar minuten opnieuw.")
                    .doesNotContain("Exception", "Er ging iets mis", "at nl.");
            assertThat(took).isLessThan(BOUND);

            // A save refused by the outage leaves the page alone (the typed text stays) and says
            // so.
            AtomicBoolean reloaded = new AtomicBoolean();
            Div page = new Div();
            boolean saved =
                    Feedback.attempt(
                            page,
                            () ->
                                    jdbc.update(
                                            "UPDATE user_account SET display_name = display_name"),
                            () -> reloaded.set(true));
            assertThat(saved).isFalse();
            assertThat(reloaded).isFalse();
            List<Notification> shown = $(Notification.class).all();
            assertThat(test(shown.getLast()).getText())
                    .startsWith(
                            "De dienst is tijdelijk niet beschikbaar: uw wijziging is niet opgeslagen");
        } finally {
            signal("-CONT", pid);
        }
        awaitDatabase();

        SignIn.out(); // the login page as an anonymous visitor sees it
        UI.getCurrent().navigate("login", QueryParameters.of(LoginView.LOGIN_UNAVAILABLE, ""));
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        LoginForm form = $(LoginForm.class).first();
        assertThat(form.isError()).isTrue();
        assertThat(String.valueOf(form.getElement().getPropertyRaw("i18n")))
                .contains("Tijdelijk niet beschikbaar", "De dienst is tijdelijk niet beschikbaar")
                .doesNotContain("wachtwoord klopt niet");

        // Back to normal without a restart, and the outage did not count as a failed attempt.
        HttpResponse<String> again = login(http, csrfOfLoginPage(http), "ambtenaar.hvb", PASSWORD);
        assertThat(again.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("login"));
    }

    private void awaitDatabase() throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < until) {
            try {
                jdbc.queryForObject("SELECT 1", Integer.class);
                return;
            } catch (RuntimeException stillDown) {
                Thread.sleep(200);
            }
        }
        jdbc.queryForObject("SELECT 1", Integer.class);
    }

    private static void signal(String signal, long pid) throws Exception {
        assertThat(
                        new ProcessBuilder("kill", signal, Long.toString(pid))
                                .inheritIO()
                                .start()
                                .waitFor())
                .isZero();
    }

    /** The login page's CSRF token, if it carries one (sent along, as the browser's form does). */
    private String csrfOfLoginPage(HttpClient http) throws Exception {
        HttpResponse<String> page =
                http.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        Matcher csrf = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(page.body());
        return csrf.find() ? csrf.group(1) : null;
    }

    private HttpResponse<String> login(
            HttpClient http, String csrf, String username, String password) throws Exception {
        String form =
                "username="
                        + URLEncoder.encode(username, StandardCharsets.UTF_8)
                        + "&password="
                        + URLEncoder.encode(password, StandardCharsets.UTF_8)
                        + (csrf == null
                                ? ""
                                : "&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8));
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Origin", "http://localhost:" + port)
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
