package nl.brabant.regiotafel.journey;

import org.openqa.selenium.By;

/** The journey browser, opened up for the benchmarks in another package. */
public final class BenchBrowser implements AutoCloseable {

    private final Browser browser;

    public BenchBrowser(int port) throws Exception {
        this.browser = new Browser(port);
    }

    public void logIn(String username, String password) {
        browser.logIn(username, password);
        browser.waitForPath("/");
    }

    public void open(String path) {
        browser.open(path);
    }

    public void waitForArticles() {
        browser.waitFor(By.id("articles"));
    }

    public Object script(String js) {
        return browser.script(js);
    }

    /**
     * Waits until the page recorded the marker and returns the browser's Date.now() at that moment.
     */
    public Object waitForSeen(String marker) throws InterruptedException {
        for (int i = 0; i < 1000; i++) {
            Object seen = browser.script("return window.__seen['" + marker + "'];");
            if (seen != null) {
                return seen;
            }
            Thread.sleep(5);
        }
        throw new IllegalStateException(marker + " never appeared");
    }

    @Override
    public void close() throws Exception {
        browser.close();
    }
}
