package nl.brabant.regiotafel.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.forAll;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CoreDsl;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Many people at once in the workspace, over HTTP with Vaadin's own messages (uiId, CSRF key,
 * syncId, clientId all as the browser sends them; CSRF protection on). Each simulated lead alderman
 * logs in, opens the region workspace, and then for the length of the run opens the agreement,
 * edits and saves their own article, opens the monitor and returns to the workspace, with two to
 * five seconds between clicks. Every answer is applied to a model of the screen and checked (the
 * page shows what the step should show), so an error page or a refused message counts as an error,
 * not as a fast answer. While the load runs, {@link CollaborationProbe} measures the time from one
 * person's save to another person's screen.
 *
 * <p>Settings (system properties): base, users, firstUser, rampSeconds, steadySeconds, password,
 * collaborationSamples, thinkScale.
 */
public class WorkspaceSimulation extends Simulation {

    static final String BASE = System.getProperty("base", "http://localhost:8080");
    static final int USERS = Integer.getInteger("users", 200);

    /**
     * The first account used; a rerun against the same running app can start past earlier (still
     * open) sessions.
     */
    static final int FIRST = Integer.getInteger("firstUser", 1);

    static final Duration RAMP = Duration.ofSeconds(Integer.getInteger("rampSeconds", 60));
    static final Duration STEADY = Duration.ofSeconds(Integer.getInteger("steadySeconds", 180));
    static final String PASSWORD = System.getProperty("password", LoadAccount.DEFAULT_PASSWORD);

    private final CollaborationProbe collaboration =
            new CollaborationProbe(
                    BASE, RAMP.plusSeconds(15), Integer.getInteger("collaborationSamples", 50));

    /**
     * The same numbering as the application's LoadTestData: round the regions, eight per agreement.
     */
    private static Map<String, Object> person(int i) {
        LoadAccount account = new LoadAccount(i);
        return Map.of(
                "username",
                account.username(),
                "region",
                account.region(),
                "agreement",
                account.agreementTitle(),
                "state",
                new UserState());
    }

    private static UserState state(Session s) {
        return (UserState) s.get("state");
    }

    private static final AtomicInteger REPORTED = new AtomicInteger();

    /** Prints the first few problems in full, so an error count comes with its reasons. */
    private static String report(Session s, String problem, String body) {
        int n;
        if (!"ok".equals(problem) && (n = REPORTED.incrementAndGet()) <= 20) {
            System.out.println(
                    "PROBLEM "
                            + n
                            + " "
                            + s.getString("username")
                            + ": "
                            + problem
                            + " (answer in target/problem-"
                            + n
                            + ".json)");
            try {
                Files.createDirectories(Path.of("target"));
                Files.writeString(Path.of("target", "problem-" + n + ".json"), body);
            } catch (IOException e) {
                System.out.println("could not keep the answer: " + e);
            }
        }
        return problem;
    }

    /** Applies the answer to the screen model and says "ok" or what is wrong with it. */
    private static String screen(String body, Session s, Function<VaadinUi, String> expectation) {
        try {
            VaadinUi ui = state(s).ui;
            ui.apply(body);
            String problem = expectation.apply(ui);
            return problem == null ? "ok" : problem;
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    private static Function<VaadinUi, String> shows(String elementId) {
        return ui -> ui.byId(elementId).isPresent() ? null : "#" + elementId + " not on the screen";
    }

    private static ChainBuilder uidl(
            String name,
            Function<Session, String> message,
            BiFunction<VaadinUi, Session, String> expectation) {
        return uidl(name, message, expectation, null);
    }

    /**
     * One UIDL round trip; the answer must apply cleanly, meet the expectation and contain {@code
     * mustSay}.
     */
    private static ChainBuilder uidl(
            String name,
            Function<Session, String> message,
            BiFunction<VaadinUi, Session, String> expectation,
            String mustSay) {
        return exec(
                http(name)
                        .post(s -> state(s).ui.uidlPath())
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .body(StringBody(message::apply))
                        .check(
                                responseTimeInMillis()
                                        .transformWithSession(
                                                (t, s) -> {
                                                    state(s).time(name, t);
                                                    return t;
                                                })
                                        .gte(0))
                        .check(
                                bodyString()
                                        .transformWithSession(
                                                (body, s) ->
                                                        timed(
                                                                name,
                                                                s,
                                                                report(
                                                                        s,
                                                                        mustSay != null
                                                                                        && !body
                                                                                                .contains(
                                                                                                        mustSay)
                                                                                ? "the answer does not say '"
                                                                                        + mustSay
                                                                                        + "'"
                                                                                : screen(
                                                                                        body,
                                                                                        s,
                                                                                        ui ->
                                                                                                expectation
                                                                                                        .apply(
                                                                                                                ui,
                                                                                                                s)),
                                                                        body)))
                                        .is("ok")));
    }

    /** Notes the step's time with its outcome; the checks run after the answer is complete. */
    private static String timed(String step, Session s, String outcome) {
        return state(s).outcome(step, outcome);
    }

    private final HttpProtocolBuilder protocol =
            http.baseUrl(BASE)
                    .acceptHeader("*/*")
                    .acceptLanguageHeader("nl-NL,nl;q=0.9")
                    .acceptEncodingHeader("gzip, deflate")
                    .userAgentHeader(
                            "Mozilla/5.0 (X11; Linux x86_64) Regiotafel-belastingproef Gatling");

    private final ChainBuilder logIn =
            exec(http("01 Inlogpagina")
                            .get("/login")
                            .check(
                                    responseTimeInMillis()
                                            .transformWithSession(
                                                    (t, s) -> {
                                                        state(s).time("01 Inlogpagina", t);
                                                        return t;
                                                    })
                                            .gte(0))
                            .check(
                                    bodyString()
                                            .transformWithSession(
                                                    (body, s) ->
                                                            timed(
                                                                    "01 Inlogpagina",
                                                                    s,
                                                                    body.contains("name=\"_csrf\"")
                                                                            ? "ok"
                                                                            : "no CSRF token"))
                                            .is("ok"))
                            .check(
                                    regex("<meta name=\"_csrf\" content=\"([^\"]+)\"")
                                            .saveAs("csrf")))
                    .exec(
                            http("02 Inloggen")
                                    .post("/login")
                                    .formParam("username", "#{username}")
                                    .formParam("password", PASSWORD)
                                    .formParam("_csrf", "#{csrf}")
                                    .disableFollowRedirect()
                                    .check(status().is(302))
                                    .check(
                                            responseTimeInMillis()
                                                    .transformWithSession(
                                                            (t, s) -> {
                                                                state(s).time("02 Inloggen", t);
                                                                return t;
                                                            })
                                                    .gte(0))
                                    .check(
                                            header("Location")
                                                    .transformWithSession(
                                                            (to, s) ->
                                                                    timed(
                                                                            "02 Inloggen",
                                                                            s,
                                                                            to == null
                                                                                            || to
                                                                                                    .contains(
                                                                                                            "/login")
                                                                                    ? "back to the login page: "
                                                                                            + to
                                                                                    : "ok"))
                                                    .is("ok")))
                    .exec(
                            http("03 Startpagina (HTML)")
                                    .get("/")
                                    .check(
                                            responseTimeInMillis()
                                                    .transformWithSession(
                                                            (t, s) -> {
                                                                state(s).time(
                                                                                "03 Startpagina (HTML)",
                                                                                t);
                                                                return t;
                                                            })
                                                    .gte(0))
                                    .check(
                                            bodyString()
                                                    .transformWithSession(
                                                            (body, s) ->
                                                                    timed(
                                                                            "03 Startpagina (HTML)",
                                                                            s,
                                                                            body.contains(
                                                                                            "VAADIN/build")
                                                                                    ? "ok"
                                                                                    : "no Vaadin page"))
                                                    .is("ok")))
                    .exec(
                            http("04 Werkruimte laden (init)")
                                    .get("/?v-r=init&location=&query=")
                                    .check(
                                            responseTimeInMillis()
                                                    .transformWithSession(
                                                            (t, s) -> {
                                                                state(s).time(
                                                                                "04 Werkruimte laden (init)",
                                                                                t);
                                                                return t;
                                                            })
                                                    .gte(0))
                                    .check(
                                            bodyString()
                                                    .transformWithSession(
                                                            (body, s) -> {
                                                                String outcome;
                                                                try {
                                                                    state(s).ui =
                                                                            VaadinUi.fromInit(body);
                                                                    outcome = "ok";
                                                                } catch (RuntimeException e) {
                                                                    outcome = e.getMessage();
                                                                }
                                                                return timed(
                                                                        "04 Werkruimte laden (init)",
                                                                        s,
                                                                        report(s, outcome, body));
                                                            })
                                                    .is("ok")))
                    .exitHereIfFailed()
                    .exec(
                            uidl(
                                    "05 Werkruimte openen",
                                    s -> state(s).ui.navigate("/", ""),
                                    (ui, s) -> shows("agreements").apply(ui)))
                    .exitHereIfFailed();

    private final ChainBuilder work =
            exec(
                    during(STEADY)
                            .on(
                                    // A browser tells the server every 20 s that its window is
                                    // alive (vaadin.heartbeatInterval);
                                    // without it the server closes the UI after three missed beats.
                                    // Once per round (6-17 s).
                                    exec(http("Heartbeat").post(s -> state(s).ui.heartbeatPath())),
                                    pauseSeconds(1, 3),
                                    uidl(
                                            "06 Afspraak openen",
                                            s ->
                                                    state(s).ui
                                                            .navigate(
                                                                    Screens.agreementRoute(
                                                                            state(s).ui,
                                                                            s.getString(
                                                                                    "agreement")),
                                                                    "link"),
                                            (ui, s) -> {
                                                Screens.article(
                                                        ui,
                                                        "Artikel van " + s.getString("username"));
                                                return null;
                                            }),
                                    pauseSeconds(1, 3),
                                    uidl(
                                            "07 Artikel bewerken",
                                            s ->
                                                    state(s).ui
                                                            .click(
                                                                    Screens.editButton(
                                                                            state(s).ui,
                                                                            "Artikel van "
                                                                                    + s.getString(
                                                                                            "username"))),
                                            (ui, s) -> shows("article-body").apply(ui)),
                                    pauseSeconds(2, 5),
                                    uidl(
                                            "08 Artikel opslaan",
                                            s -> {
                                                UserState st = state(s);
                                                VaadinUi.Node body =
                                                        st.ui.requireId("article-body");
                                                String text =
                                                        String.valueOf(body.properties.get("value"))
                                                                .replaceAll(
                                                                        " \\(opslag \\d+ van last\\.\\d+\\)$",
                                                                        "");
                                                st.saves++;
                                                return st.ui.typeAndClick(
                                                        body,
                                                        text
                                                                + " (opslag "
                                                                + st.saves
                                                                + " van "
                                                                + s.getString("username")
                                                                + ")",
                                                        st.ui.requireId("save-article"));
                                            },
                                            (ui, s) ->
                                                    Screens.savedProblem(
                                                            ui,
                                                            "(opslag "
                                                                    + state(s).saves
                                                                    + " van "
                                                                    + s.getString("username")
                                                                    + ")"),
                                            Screens.SAVED),
                                    pauseSeconds(1, 3),
                                    uidl(
                                            "09 Monitor openen",
                                            s -> state(s).ui.navigate("monitor", "link"),
                                            (ui, s) -> shows("dashboard").apply(ui)),
                                    pauseSeconds(1, 3),
                                    uidl(
                                            "10 Terug naar werkruimte",
                                            s ->
                                                    state(s).ui
                                                            .navigate(
                                                                    "regio/"
                                                                            + s.getString("region"),
                                                                    "link"),
                                            (ui, s) -> shows("agreements").apply(ui)),
                                    exec(s -> s).exitHereIfFailed()));

    /** Think time between clicks; {@code -DthinkScale=4} makes the 1–5 s pauses 4–20 s. */
    static final double THINK_SCALE = Double.parseDouble(System.getProperty("thinkScale", "1"));

    private static ChainBuilder pauseSeconds(int min, int max) {
        return exec(
                CoreDsl.pause(
                        Duration.ofMillis((long) (min * 1000 * THINK_SCALE)),
                        Duration.ofMillis((long) (max * 1000 * THINK_SCALE))));
    }

    private final ScenarioBuilder people =
            scenario("Regiotafel-werkruimte").feed(feeder()).exec(logIn, work);

    private static Iterator<Map<String, Object>> feeder() {
        return IntStream.range(FIRST, FIRST + USERS)
                .mapToObj(WorkspaceSimulation::person)
                .iterator();
    }

    {
        setUp(people.injectOpen(rampUsers(USERS).during(RAMP)))
                .protocols(protocol)
                .assertions(
                        forAll().responseTime().percentile(95.0).lt(150),
                        global().failedRequests().count().is(0L));
    }

    @Override
    public void before() {
        collaboration.start();
    }

    @Override
    public void after() {
        System.out.print(StepTimes.table(USERS, 150));
        collaboration.finish();
    }
}
