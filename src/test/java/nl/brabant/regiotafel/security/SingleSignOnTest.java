package nl.brabant.regiotafel.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import jakarta.servlet.http.HttpSession;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.brabant.regiotafel.IntegrationTest;
import nl.brabant.regiotafel.testsupport.OidcTestProvider;
import nl.brabant.regiotafel.testsupport.OidcTestProvider.Person;
import nl.brabant.regiotafel.testsupport.SignIn;
import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Single sign-on over the real redirects against a real OpenID provider: Spring Authorization
 * Server in a JVM of its own ({@link OidcTestProvider}) on the port the test profile's issuer
 * names. A cookie-keeping HTTP client plays the browser: the application's redirect to the
 * provider, the provider's login form, the redirect back with the code, the application's token
 * request and its answer. No token is made by the test.
 */
@IntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SingleSignOnTest {

    static final int PROVIDER_PORT = Integer.getInteger("regiotafel.test.oidc-port", 9497);
    static final String PROVIDER = "http://localhost:" + PROVIDER_PORT;

    /** Fresh addresses per JVM, so a rerun of a failed test meets no account of the last run. */
    private static final String RUN = Long.toString(System.nanoTime(), 36);

    static final Person KNOWN = person("bekend", true, "Bea Bekend");
    static final Person UNKNOWN = person("onbekend", true, "Olaf Onbekend");
    static final Person UNVERIFIED = person("onbevestigd", false, "Otto Onbevestigd");
    static final Person DISABLED = person("uitgeschakeld", true, "Uma Uitgeschakeld");
    static final Person INVITED = person("uitgenodigd", true, "Ilse bij de Provider");

    private static final Pattern PROVIDER_CSRF =
            Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern PAGE_CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

    private static Process provider;
    private static final List<String> providerOutput = new CopyOnWriteArrayList<>();

    @LocalServerPort int port;
    @Autowired UserAdminService userAdmin;
    @Autowired UserDetailsService userDetails;
    @Autowired JdbcTemplate jdbc;
    @Autowired SingleSignOn singleSignOn;
    @Autowired AccountLanguage languages;
    @Autowired InvitationService invitations;
    @Autowired ServletWebServerApplicationContext webContext;

    private static Person person(String name, boolean verified, String fullName) {
        return new Person(
                "sso." + name, "sso." + name + "." + RUN + "@example.nl", verified, fullName);
    }

    @Test
    @Order(1)
    void withTheProviderDownTheApplicationRunsAndTheButtonSaysSo() throws Exception {
        // The application started with the issuer configured and nothing on its port: that it
        // runs at all is the first half. The button then lands on the login page with the reason.
        assumeFalse(provider != null, "the provider already runs");
        Browser browser = new Browser();
        HttpResponse<String> answer = browser.send(app("/oauth2/authorization/oidc"));
        String location = answer.headers().firstValue("Location").orElse("");
        assumeFalse(
                location.startsWith(PROVIDER),
                "the provider's settings were fetched earlier in this JVM");
        assertThat(location).endsWith("/login?sso=niet-bereikbaar");
        // and passwords still work
        assertThat(browser.passwordLogin("ambtenaar.hvb", "Regiotafel-demo-2026"))
                .doesNotContain("login");
    }

    @Test
    @Order(2)
    void theFirstSignInLinksTheAccountWithThatAddressAndSignsInAsIt() throws Exception {
        long id = account("sso.bekend." + RUN, KNOWN.email(), Role.AGENCY, "HVB");
        languages.remember("sso.bekend." + RUN, "en");

        Browser browser = new Browser();
        List<URI> visited = browser.signInAtProvider(KNOWN);

        URI landing = visited.getLast();
        assertThat(landing.getHost()).isEqualTo("127.0.0.1");
        assertThat(landing.getPath()).isEqualTo("/");
        assertThat(visited)
                .as("went out to the provider and came back with a code")
                .anyMatch(u -> u.toString().startsWith(PROVIDER + "/oauth2/authorize"))
                .anyMatch(u -> u.getPath().equals(SingleSignOn.CALLBACK_PATH));
        AppUserDetails principal = browser.principal();
        assertThat(principal.id()).isEqualTo(id);
        assertThat(principal.getUsername()).isEqualTo("sso.bekend." + RUN);
        assertThat(principal.getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .as("the memberships here, nothing from the provider")
                .containsExactly(Role.AGENCY.authority());
        assertThat(browser.cookie("regiotafel-taal"))
                .as("the account's language, as after a password login")
                .hasValue("en");
        assertThat(browser.session().getMaxInactiveInterval())
                .as("a signed-in session's lifetime")
                .isEqualTo(30 * 60);
        assertThat(browser.send(app("/")).statusCode()).isEqualTo(200);
        assertThat(link(id)).isEqualTo(PROVIDER + " " + subjectOf(browser));
    }

    @Test
    @Order(3)
    void laterSignInsFollowTheLinkedIdentityNotTheAddress() throws Exception {
        Browser first = new Browser();
        first.signInAtProvider(KNOWN);
        long id = first.principal().id();

        // The account's address changes, and a new account gets the old one: the identity at the
        // provider still opens the linked account.
        jdbc.update(
                "UPDATE user_account SET email = ? WHERE id = ?",
                "sso.elders." + RUN + "@example.nl",
                id);
        account("sso.nieuw." + RUN, KNOWN.email(), Role.MUNICIPAL_OFFICER, "HVB");

        Browser again = new Browser();
        assertThat(again.signInAtProvider(KNOWN).getLast().getPath()).isEqualTo("/");
        assertThat(again.principal().id()).isEqualTo(id);
    }

    @Test
    @Order(4)
    void anAddressWithoutAccountOrInvitationIsRefused() throws Exception {
        Browser browser = new Browser();
        assertRefused(browser.signInAtProvider(UNKNOWN), "geen-account");
        assertThat(browser.send(app("/")).statusCode()).as("not signed in").isEqualTo(302);
    }

    @Test
    @Order(5)
    void anAddressTheProviderDidNotVerifyLinksNothing() throws Exception {
        long id = account("sso.onbevestigd." + RUN, UNVERIFIED.email(), Role.AGENCY, "BRE");
        Browser browser = new Browser();
        assertRefused(browser.signInAtProvider(UNVERIFIED), "niet-bevestigd");
        assertThat(link(id)).isEqualTo("null null");
        assertThat(browser.send(app("/")).statusCode()).isEqualTo(302);
    }

    @Test
    @Order(6)
    void aDisabledAccountIsRefusedAndNotLinked() throws Exception {
        long id = account("sso.uit." + RUN, DISABLED.email(), Role.AGENCY, "SGE");
        asAdmin(() -> userAdmin.setEnabled(id, false));
        Browser browser = new Browser();
        assertRefused(browser.signInAtProvider(DISABLED), "uitgeschakeld");
        assertThat(link(id)).isEqualTo("null null");
    }

    @Test
    @Order(7)
    void aLinkedAccountThatWasDisabledIsRefused() throws Exception {
        Browser first = new Browser();
        first.signInAtProvider(KNOWN);
        long id = first.principal().id();
        asAdmin(() -> userAdmin.setEnabled(id, false));
        try {
            assertThat(first.send(app("/")).statusCode())
                    .as("disabling ended the open session")
                    .isEqualTo(302);
            assertRefused(new Browser().signInAtProvider(KNOWN), "uitgeschakeld");
        } finally {
            asAdmin(() -> userAdmin.setEnabled(id, true));
        }
    }

    @Test
    @Order(8)
    void anErrorFromTheProviderLandsOnTheLoginPage() throws Exception {
        startProvider();
        Browser browser = new Browser();
        HttpResponse<String> out = browser.send(app("/oauth2/authorization/oidc"));
        URI authorize = URI.create(out.headers().firstValue("Location").orElseThrow());
        assertThat(authorize.toString()).startsWith(PROVIDER + "/oauth2/authorize");
        assertThat(authorize.getQuery())
                .as("state, nonce and PKCE (S256)")
                .contains("state=", "nonce=", "code_challenge=", "code_challenge_method=S256")
                .contains("scope=openid email profile");
        String state = parameter(authorize, "state");
        // What a provider answers when the person cancels at its login.
        HttpResponse<String> back =
                browser.send(
                        app(
                                SingleSignOn.CALLBACK_PATH
                                        + "?error=access_denied&state="
                                        + URLEncoder.encode(state, StandardCharsets.UTF_8)));
        assertThat(back.headers().firstValue("Location")).hasValue("/login?sso=mislukt");
    }

    @Test
    @Order(9)
    void withLocalPasswordsOffAPasswordPostIsRefused() throws Exception {
        singleSignOn.allowLocalPasswords(false);
        try {
            Browser browser = new Browser();
            assertThat(browser.passwordLogin("ambtenaar.hvb", "Regiotafel-demo-2026"))
                    .isEqualTo("/login?wachtwoorden-uit");
            assertThat(browser.send(app("/")).statusCode()).isEqualTo(302);
            assertThat(new Browser().signInAtProvider(KNOWN).getLast().getPath())
                    .as("the provider is the way in")
                    .isEqualTo("/");
        } finally {
            singleSignOn.allowLocalPasswords(true);
        }
    }

    @Test
    @Order(10)
    void anAddressOfAnAccountLinkedToAnotherIdentityIsRefused() throws Exception {
        long id = account("sso.elders." + RUN, UNKNOWN.email(), Role.AGENCY, "PEEL");
        jdbc.update(
                "UPDATE user_account SET oidc_issuer = ?, oidc_subject = ? WHERE id = ?",
                PROVIDER,
                "iemand-anders",
                id);
        assertRefused(new Browser().signInAtProvider(UNKNOWN), "conflict");
        assertThat(link(id)).isEqualTo(PROVIDER + " iemand-anders");
    }

    @Test
    @Order(11)
    void someoneInvitedWithoutAccountGetsInAndTheInvitationMakesTheAccount() throws Exception {
        SignIn.as(userDetails, "ambtenaar.hvb");
        try {
            Long agency =
                    jdbc.queryForList(
                                    "SELECT id FROM organisation WHERE type = 'TEMP_WORK_AGENCY'"
                                            + " ORDER BY id",
                                    Long.class)
                            .getFirst();
            assertThat(
                            invitations.invite(
                                    new NewInvitation(
                                            INVITED.email(),
                                            "Ilse Uitgenodigd",
                                            agency,
                                            null,
                                            null,
                                            Role.AGENCY,
                                            jdbc.queryForObject(
                                                    "SELECT id FROM region WHERE code = 'HVB'",
                                                    Long.class),
                                            "nl")))
                    .isEqualTo(InvitationService.Outcome.INVITED);
        } finally {
            SignIn.out();
        }

        Browser browser = new Browser();
        assertThat(browser.signInAtProvider(INVITED).getLast().getPath()).isEqualTo("/");
        AppUserDetails principal = browser.principal();
        assertThat(principal.displayName())
                .as("the name the invitation gave, not the provider's")
                .isEqualTo("Ilse Uitgenodigd");
        assertThat(principal.getAuthorities())
                .extracting(GrantedAuthority::getAuthority)
                .containsExactly(Role.AGENCY.authority());
        assertThat(link(principal.id())).isEqualTo(PROVIDER + " " + INVITED.username());

        // the invitation is used: the next sign-in follows the link, no second account
        Browser again = new Browser();
        again.signInAtProvider(INVITED);
        assertThat(again.principal().id()).isEqualTo(principal.id());
        assertThat(
                        jdbc.queryForObject(
                                "SELECT COUNT(*) FROM user_account WHERE email = ?",
                                Integer.class,
                                INVITED.email()))
                .isEqualTo(1);
    }

    @AfterAll
    static void stopProvider() throws Exception {
        if (provider != null) {
            provider.descendants().forEach(ProcessHandle::destroyForcibly);
            provider.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            provider = null;
        }
    }

    private static void assertRefused(List<URI> visited, String reason) {
        URI last = visited.getLast();
        assertThat(last.getPath()).isEqualTo("/login");
        assertThat(last.getQuery()).isEqualTo("sso=" + reason);
    }

    private long account(String username, String email, Role role, String region) {
        return asAdmin(
                () -> {
                    long id =
                            userAdmin
                                    .createUser(
                                            new NewUser(
                                                    username,
                                                    username,
                                                    email,
                                                    null,
                                                    "Regiotafel-demo-2026"))
                                    .id();
                    userAdmin.addMembership(
                            id,
                            role,
                            jdbc.queryForObject(
                                    "SELECT id FROM region WHERE code = ?", Long.class, region));
                    return id;
                });
    }

    private <T> T asAdmin(Supplier<T> action) {
        SignIn.as(userDetails, "beheerder");
        try {
            return action.get();
        } finally {
            SignIn.out();
        }
    }

    private void asAdmin(Runnable action) {
        asAdmin(
                () -> {
                    action.run();
                    return null;
                });
    }

    private String link(long id) {
        return jdbc.queryForObject(
                "SELECT CONCAT(COALESCE(oidc_issuer, 'null'), ' ', COALESCE(oidc_subject, 'null'))"
                        + " FROM user_account WHERE id = ?",
                String.class,
                id);
    }

    private static String subjectOf(Browser browser) throws Exception {
        return ((SingleSignOnUser) browser.principal()).getSubject();
    }

    private URI app(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String parameter(URI uri, String name) {
        for (String pair : uri.getRawQuery().split("&")) {
            if (pair.startsWith(name + "=")) {
                return URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError(name + " not in " + uri);
    }

    /** Starts the provider once for this class, for the client the test profile configures. */
    private void startProvider() throws Exception {
        if (provider != null && provider.isAlive()) {
            return;
        }
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-Xmx256m");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(OidcTestProvider.class.getName());
        command.addAll(
                OidcTestProvider.arguments(
                        PROVIDER_PORT,
                        "regiotafel-test",
                        "geheim-van-de-test",
                        "http://127.0.0.1:" + port + SingleSignOn.CALLBACK_PATH,
                        List.of(KNOWN, UNKNOWN, UNVERIFIED, DISABLED, INVITED)));
        provider = new ProcessBuilder(command).redirectErrorStream(true).start();
        Process started = provider;
        CompletableFuture<Boolean> ready =
                CompletableFuture.supplyAsync(() -> readUntilReady(started));
        assertThat(ready.get(120, TimeUnit.SECONDS))
                .as("the provider started; its output: %s", tail())
                .isTrue();
    }

    private static boolean readUntilReady(Process process) {
        BufferedReader reader =
                new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        try {
            String line;
            while ((line = reader.readLine()) != null) {
                providerOutput.add(line);
                if (line.contains(OidcTestProvider.READY)) {
                    // the rest is drained, so the child never blocks on a full pipe
                    Thread.ofVirtual()
                            .start(
                                    () -> {
                                        try {
                                            String more;
                                            while ((more = reader.readLine()) != null) {
                                                providerOutput.add(more);
                                            }
                                        } catch (Exception gone) {
                                            // the provider stopped
                                        }
                                    });
                    return true;
                }
            }
            return false;
        } catch (Exception e) {
            providerOutput.add(e.toString());
            return false;
        }
    }

    private static List<String> tail() {
        return List.copyOf(
                providerOutput.subList(
                        Math.max(0, providerOutput.size() - 30), providerOutput.size()));
    }

    /** A browser: keeps cookies per host, follows redirects one by one so that each is seen. */
    private final class Browser {

        private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        private final HttpClient http =
                HttpClient.newBuilder()
                        .cookieHandler(cookies)
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .connectTimeout(Duration.ofSeconds(10))
                        .build();

        HttpResponse<String> send(URI uri) throws Exception {
            return http.send(
                    HttpRequest.newBuilder(uri)
                            .header("Accept", "text/html")
                            .timeout(Duration.ofSeconds(30))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(URI uri, String form) throws Exception {
            return http.send(
                    HttpRequest.newBuilder(uri)
                            .header("Accept", "text/html")
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .timeout(Duration.ofSeconds(30))
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        /** Follows the redirects from this answer on; adds every address asked for. */
        HttpResponse<String> follow(HttpResponse<String> answer, List<URI> visited)
                throws Exception {
            for (int hop = 0; hop < 10; hop++) {
                Optional<String> location = answer.headers().firstValue("Location");
                if (answer.statusCode() / 100 != 3 || location.isEmpty()) {
                    return answer;
                }
                URI next = answer.uri().resolve(location.get());
                visited.add(next);
                answer = send(next);
            }
            throw new AssertionError("more than 10 redirects: " + visited);
        }

        /**
         * The button, the provider's login form with the person's name and password, and the way
         * back; returns every address the browser was sent to, the last one where it landed.
         */
        List<URI> signInAtProvider(Person person) throws Exception {
            startProvider();
            List<URI> visited = new ArrayList<>();
            URI button = app(SingleSignOn.AUTHORIZATION_PATH);
            visited.add(button);
            HttpResponse<String> loginForm = follow(send(button), visited);
            assertThat(loginForm.uri().toString())
                    .as("the provider's login form, after %s", visited)
                    .isEqualTo(PROVIDER + "/login");
            Matcher csrf = PROVIDER_CSRF.matcher(loginForm.body());
            assertThat(csrf.find()).as("the provider's form has a CSRF token").isTrue();
            String form =
                    "username="
                            + URLEncoder.encode(person.username(), StandardCharsets.UTF_8)
                            + "&password="
                            + URLEncoder.encode(OidcTestProvider.PASSWORD, StandardCharsets.UTF_8)
                            + "&_csrf="
                            + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
            follow(post(URI.create(PROVIDER + "/login"), form), visited);
            return visited;
        }

        /** The application's own login form; returns where it sent the browser. */
        String passwordLogin(String username, String password) throws Exception {
            HttpResponse<String> page = send(app("/login"));
            Matcher csrf = PAGE_CSRF.matcher(page.body());
            assertThat(csrf.find()).as("the login page carries a CSRF token").isTrue();
            HttpResponse<String> answer =
                    post(
                            app("/login"),
                            "username="
                                    + URLEncoder.encode(username, StandardCharsets.UTF_8)
                                    + "&password="
                                    + URLEncoder.encode(password, StandardCharsets.UTF_8)
                                    + "&_csrf="
                                    + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8));
            return answer.headers().firstValue("Location").orElse("");
        }

        Optional<String> cookie(String name) {
            return cookies.getCookieStore().get(app("/")).stream()
                    .filter(c -> c.getName().equals(name))
                    .map(HttpCookie::getValue)
                    .findFirst();
        }

        HttpSession session() {
            String id = cookie("JSESSIONID").orElseThrow(() -> new AssertionError("no session"));
            Context context =
                    (Context)
                            ((TomcatWebServer) webContext.getWebServer())
                                    .getTomcat()
                                    .getHost()
                                    .findChildren()[0];
            try {
                Session session = context.getManager().findSession(id);
                assertThat(session).as("the server knows session " + id).isNotNull();
                return session.getSession();
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }

        /** Who the application's session is signed in as. */
        AppUserDetails principal() {
            Object context =
                    session()
                            .getAttribute(
                                    HttpSessionSecurityContextRepository
                                            .SPRING_SECURITY_CONTEXT_KEY);
            assertThat(context).as("signed in").isInstanceOf(SecurityContext.class);
            Object principal = ((SecurityContext) context).getAuthentication().getPrincipal();
            assertThat(principal).isInstanceOf(SingleSignOnUser.class);
            return (AppUserDetails) principal;
        }
    }
}
