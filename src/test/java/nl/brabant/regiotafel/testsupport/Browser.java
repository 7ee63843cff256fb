package nl.brabant.regiotafel.testsupport;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

/** Debian's headless Chromium driven by Selenium, with the helpers the journeys need. */
public final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final String baseUrl;
    private final WebDriverWait wait;
    private final Path profile;

    public Browser(int port) throws Exception {
        this.baseUrl = "http://localhost:" + port;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
                "--window-size=1280,900",
                "--lang=nl-NL",
                "--user-data-dir=" + (profile = Files.createTempDirectory("regiotafel-chromium")));
        ChromeDriverService service =
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(
                                new File(
                                        System.getProperty(
                                                "chromedriver.binary", "/usr/bin/chromedriver")))
                        .usingAnyFreePort()
                        .build();
        this.driver = new ChromeDriver(service, options);
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    public void open(String path) {
        driver.get(baseUrl + path);
    }

    public String currentPath() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    public void logIn(String username, String password) {
        open("/login");
        WebElement user =
                wait.until(
                        ExpectedConditions.elementToBeClickable(
                                By.cssSelector("input[name='username']")));
        user.sendKeys(username);
        WebElement pass = driver.findElement(By.cssSelector("input[name='password']"));
        pass.sendKeys(password);
        pass.sendKeys(Keys.ENTER);
    }

    public WebElement waitFor(By by) {
        return until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /**
     * Types into an element, finding it again when the page re-rendered it between finding and
     * typing (a server push after a save replaces components; the old element is then stale).
     */
    public void type(By by, CharSequence... keys) {
        until(
                d -> {
                    try {
                        WebElement element = d.findElement(by);
                        if (!element.isDisplayed()) {
                            return null;
                        }
                        element.sendKeys(keys);
                        return true;
                    } catch (StaleElementReferenceException e) {
                        return null;
                    }
                });
    }

    public void waitForText(By by, String text) {
        until(
                d -> {
                    try {
                        return ExpectedConditions.textToBePresentInElementLocated(by, text)
                                .apply(d);
                    } catch (WebDriverException reloaded) {
                        // The server re-rendered the element between finding and reading (Chrome
                        // reports a stale element here as "Node ... does not belong to the
                        // document"): look again.
                        return false;
                    }
                });
    }

    /**
     * Like waitForText, but also finds text scrolled out of sight (Selenium's getText only sees
     * what shows).
     */
    public void waitForContent(By by, String text) {
        until(
                d -> {
                    try {
                        var elements = d.findElements(by);
                        return !elements.isEmpty()
                                && String.valueOf(
                                                ((JavascriptExecutor) d)
                                                        .executeScript(
                                                                "return arguments[0].textContent;",
                                                                elements.getFirst()))
                                        .contains(text);
                    } catch (StaleElementReferenceException reloaded) {
                        return false; // the page reloaded between finding and reading: look again
                    }
                });
    }

    public void waitUntilGone(By by) {
        until(ExpectedConditions.invisibilityOfElementLocated(by));
    }

    public void waitForPath(String suffix) {
        until(d -> currentPath().startsWith(suffix));
    }

    /**
     * Waits; on a time-out leaves a screenshot in target/screenshots to show what the page looked
     * like.
     */
    private <T> T until(Function<WebDriver, T> condition) {
        try {
            return wait.until(condition);
        } catch (TimeoutException e) {
            try {
                screenshot("failure-" + System.currentTimeMillis());
            } catch (Exception ignored) {
                // the time-out is what matters
            }
            throw e;
        }
    }

    /**
     * Waits until Vaadin has answered every request of this page (nothing loading), so the page is
     * complete.
     */
    public void settle() {
        until(
                d ->
                        Boolean.TRUE.equals(
                                ((JavascriptExecutor) d)
                                        .executeScript(
                                                "return document.readyState === 'complete' && !!window.Vaadin && !!window.Vaadin.Flow"
                                                        + " && Object.values(window.Vaadin.Flow.clients || {}).every(c => !c.isActive || !c.isActive());")));
    }

    /**
     * The element that has the keyboard focus, looking into shadow roots (Vaadin's fields keep
     * their inputs there).
     */
    public WebElement focused() {
        return (WebElement)
                script(
                        "let e = document.activeElement;"
                                + " while (e && e.shadowRoot && e.shadowRoot.activeElement) { e = e.shadowRoot.activeElement; } return e;");
    }

    /** Presses keys as a keyboard user does: into whatever has the focus. */
    public void press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    public void deleteCookie(String name) {
        driver.manage().deleteCookieNamed(name);
    }

    public WebDriver driver() {
        return driver;
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    /**
     * Clicks the element, found again if the server re-rendered it between finding and clicking.
     */
    public void click(By by) {
        for (int attempt = 1; ; attempt++) {
            try {
                WebElement element = until(ExpectedConditions.elementToBeClickable(by));
                script("arguments[0].scrollIntoView({block: 'center'});", element);
                element.click();
                return;
            } catch (StaleElementReferenceException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /** A cookie as the browser holds it, HttpOnly ones included. */
    public Cookie cookie(String name) {
        return driver.manage().getCookieNamed(name);
    }

    public Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** For a person to look at: target/screenshots/NAME.png. */
    public void screenshot(String name) throws Exception {
        Path dir = Path.of("target/screenshots");
        Files.createDirectories(dir);
        Files.write(
                dir.resolve(name + ".png"),
                ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    /** Like waitForText the other way round, for what may take longer than the usual wait. */
    public void waitForTextGone(By by, String text, Duration within) {
        new WebDriverWait(driver, within)
                .until(
                        ExpectedConditions.not(
                                ExpectedConditions.textToBePresentInElementLocated(by, text)));
    }

    /**
     * Kills this browser's processes, as a crash or a power cut would: no unload, no last request.
     * The server learns nothing; only the missing heartbeats can tell it.
     */
    public void kill() {
        String marker = "--user-data-dir=" + profile;
        ProcessHandle.allProcesses()
                .filter(
                        process ->
                                process.info()
                                        .commandLine()
                                        .map(line -> line.contains(marker))
                                        .orElse(false))
                .forEach(ProcessHandle::destroyForcibly);
    }

    @Override
    public void close() throws Exception {
        try {
            driver.quit();
        } finally {
            FileSystemUtils.deleteRecursively(profile);
        }
    }
}
