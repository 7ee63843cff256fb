package nl.brabant.regiotafel.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Collaboration latency while the load runs: A (the West-Brabant West alderman, speaking Vaadin's
 * protocol over HTTP like the load users) saves an article of the region's agreement; B (the
 * region's officer) has that agreement open in a real headless Chromium. The figure is the time
 * from A sending the save to B's page showing the new text (a MutationObserver notes the moment),
 * both read from this machine's clock.
 */
public final class CollaborationProbe {

    private static final String DEMO_PASSWORD = "Regiotafel-demo-2026";
    private static final String ARTICLE = "Doel en reikwijdte";

    private final String base;
    private final Duration startAfter;
    private final int samples;
    private final List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    private final List<String> problems = Collections.synchronizedList(new ArrayList<>());
    private Thread thread;

    public CollaborationProbe(String base, Duration startAfter, int samples) {
        this.base = base;
        this.startAfter = startAfter;
        this.samples = samples;
    }

    public void start() {
        if (samples <= 0) {
            return;
        }
        thread = Thread.ofPlatform().name("collaboration-probe").daemon().start(this::run);
    }

    private void run() {
        ChromeDriver b = null;
        try {
            Thread.sleep(startAfter.toMillis());
            b = browser();
            HttpUser a = new HttpUser(base);
            a.logIn("wethouder.wbw", DEMO_PASSWORD);
            a.open("");
            String route = Screens.agreementRoute(a.ui(), "West-Brabant West");
            a.follow(route);

            logIn(b, "ambtenaar.wbw");
            b.get(base + "/" + route);
            new WebDriverWait(b, Duration.ofSeconds(30))
                    .until(d -> !d.findElements(By.id("articles")).isEmpty());
            js(
                    b,
                    """
                    window.__seen = {}; window.__want = null;
                    new MutationObserver(() => {
                      const w = window.__want;
                      if (w && !window.__seen[w]) {
                        const list = document.getElementById('articles');
                        if (list && list.textContent.includes(w)) { window.__seen[w] = Date.now(); }
                      }
                    }).observe(document.body, {subtree: true, childList: true, characterData: true});
                    """);
            for (int i = 1; i <= samples; i++) {
                String marker = "samen-" + i + "-" + System.nanoTime() % 100000;
                js(b, "window.__want = arguments[0];", marker);
                a.send(a.ui().click(Screens.editButton(a.ui(), ARTICLE)));
                VaadinUi.Node body = a.ui().requireId("article-body");
                String text =
                        String.valueOf(body.properties.get("value"))
                                .replaceAll(" samen-\\d+-\\d+$", "");
                long sent = System.currentTimeMillis();
                String answer =
                        a.send(
                                a.ui().typeAndClick(
                                                body,
                                                text + " " + marker,
                                                a.ui().requireId("save-article")));
                if (!answer.contains(Screens.SAVED)) {
                    problems.add("save " + i + " not confirmed");
                    continue;
                }
                Object seen = null;
                for (int wait = 0; wait < 2000 && seen == null; wait++) {
                    seen = js(b, "return window.__seen[arguments[0]] || null;", marker);
                    if (seen == null) {
                        Thread.sleep(5);
                    }
                }
                if (seen == null) {
                    problems.add("save " + i + " never reached B's screen");
                } else {
                    latencies.add(((Number) seen).longValue() - sent);
                }
                Thread.sleep(2000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            problems.add("probe stopped: " + e);
        } finally {
            if (b != null) {
                b.quit();
            }
        }
    }

    /**
     * Waits for the probe and prints its figures (also to target/collaboration.txt for load.sh).
     */
    public void finish() {
        if (thread == null) {
            return;
        }
        try {
            thread.join(Duration.ofMinutes(3));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        String line;
        if (sorted.isEmpty()) {
            line = "COLLABORATION no samples; problems: " + problems;
        } else {
            line =
                    "COLLABORATION A's save to B's screen under load: n=%d p50=%d ms p95=%d ms max=%d ms (goal p95 < 300 ms: %s); problems: %d %s"
                            .formatted(
                                    sorted.size(),
                                    pct(sorted, 50),
                                    pct(sorted, 95),
                                    sorted.getLast(),
                                    pct(sorted, 95) < 300 ? "met" : "MISSED",
                                    problems.size(),
                                    problems);
        }
        System.out.println(line);
        try {
            Files.createDirectories(Path.of("target"));
            Files.writeString(
                    Path.of("target", "collaboration.txt"), line + System.lineSeparator());
        } catch (IOException e) {
            System.out.println("could not write target/collaboration.txt: " + e);
        }
    }

    static long pct(List<Long> sorted, int p) {
        return sorted.get(Math.max(0, (int) Math.ceil(sorted.size() * p / 100.0) - 1));
    }

    private static ChromeDriver browser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium", "/usr/bin/chromium"));
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1400,1000",
                "--lang=nl-NL");
        ChromeDriverService service =
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(
                                new File(
                                        System.getProperty(
                                                "chromedriver", "/usr/bin/chromedriver")))
                        .build();
        return new ChromeDriver(service, options);
    }

    private void logIn(ChromeDriver b, String username) {
        b.get(base + "/login");
        WebDriverWait wait = new WebDriverWait(b, Duration.ofSeconds(30));
        WebElement user =
                wait.until(
                        d ->
                                (WebElement)
                                        js(
                                                b,
                                                "return document.querySelector('input[name=username]');"));
        user.sendKeys(username);
        WebElement password =
                (WebElement) js(b, "return document.querySelector('input[name=password]');");
        password.sendKeys(DEMO_PASSWORD);
        password.sendKeys(Keys.ENTER);
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
    }

    private static Object js(ChromeDriver b, String script, Object... args) {
        return ((JavascriptExecutor) b).executeScript(script, args);
    }
}
