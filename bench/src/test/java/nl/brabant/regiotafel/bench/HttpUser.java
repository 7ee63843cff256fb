package nl.brabant.regiotafel.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One person's browser, minus the rendering: a cookie jar, the Spring Security form login with its
 * CSRF token, and a {@link VaadinUi} for the page that is open. Used by the memory, collaboration
 * and crash probes; the load test itself drives the same messages through Gatling.
 */
public final class HttpUser {

    private static final Pattern CSRF =
            Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http;
    private VaadinUi ui;

    /** The last answer, for the checks. */
    private String lastBody = "";

    public HttpUser(String base) {
        this.base = base;
        this.http =
                HttpClient.newBuilder()
                        .cookieHandler(new CookieManager())
                        .followRedirects(HttpClient.Redirect.NORMAL)
                        .connectTimeout(Duration.ofSeconds(10))
                        .build();
    }

    public VaadinUi ui() {
        return ui;
    }

    public String lastBody() {
        return lastBody;
    }

    /**
     * Opens the login page and signs in; throws when the login page comes back (wrong password,
     * throttled).
     */
    public void logIn(String username, String password) throws IOException, InterruptedException {
        String page = get("/login").body();
        Matcher token = CSRF.matcher(page);
        if (!token.find()) {
            throw new IOException("no CSRF token on the login page");
        }
        String form =
                "username="
                        + enc(username)
                        + "&password="
                        + enc(password)
                        + "&_csrf="
                        + enc(token.group(1));
        HttpResponse<String> answer =
                http.send(
                        HttpRequest.newBuilder(URI.create(base + "/login"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .timeout(Duration.ofSeconds(60))
                                .POST(HttpRequest.BodyPublishers.ofString(form))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200 || answer.uri().getPath().startsWith("/login")) {
            throw new IOException(
                    "login of "
                            + username
                            + " failed: "
                            + answer.statusCode()
                            + " "
                            + answer.uri());
        }
    }

    /** Loads a page as a fresh tab does: the init request, then the client's first navigation. */
    public void open(String route) throws IOException, InterruptedException {
        HttpResponse<String> init = get("/?v-r=init&location=" + enc(route) + "&query=");
        if (init.statusCode() != 200) {
            throw new IOException("init of " + route + ": HTTP " + init.statusCode());
        }
        ui = VaadinUi.fromInit(init.body());
        send(ui.navigate("/" + route, ""));
    }

    /** Follows a router link inside the open page. */
    public void follow(String route) throws IOException, InterruptedException {
        send(ui.navigate(route, "link"));
    }

    private long lastHeartbeat = System.nanoTime();

    /**
     * Sends one UIDL message and applies the answer to the screen (with a heartbeat first, as a
     * browser does).
     */
    public String send(String message) throws IOException, InterruptedException {
        if (System.nanoTime() - lastHeartbeat > Duration.ofSeconds(15).toNanos()) {
            http.send(
                    HttpRequest.newBuilder(URI.create(base + ui.heartbeatPath()))
                            .timeout(Duration.ofSeconds(60))
                            .POST(HttpRequest.BodyPublishers.noBody())
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            lastHeartbeat = System.nanoTime();
        }
        HttpResponse<String> answer =
                http.send(
                        HttpRequest.newBuilder(URI.create(base + ui.uidlPath()))
                                .header("Content-Type", "application/json; charset=UTF-8")
                                .timeout(Duration.ofSeconds(60))
                                .POST(HttpRequest.BodyPublishers.ofString(message))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IOException("UIDL answer HTTP " + answer.statusCode());
        }
        lastBody = answer.body();
        ui.apply(lastBody);
        return lastBody;
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .timeout(Duration.ofSeconds(60))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
