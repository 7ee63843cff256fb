package nl.brabant.regiotafel.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.brabant.regiotafel.IntegrationTest;
import nl.brabant.regiotafel.agreement.AgreementHistoryService;
import nl.brabant.regiotafel.agreement.AgreementScope;
import nl.brabant.regiotafel.agreement.AgreementService;
import nl.brabant.regiotafel.agreement.ArticleRow;
import nl.brabant.regiotafel.region.Theme;
import nl.brabant.regiotafel.testsupport.Browser;
import nl.brabant.regiotafel.testsupport.SignIn;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Prints figures, asserts nothing about time: compare of a 100-article agreement, save latency, and
 * the time from A's save to B's screen showing it (p50/p95 over 100 saves). Not part of the normal
 * test run: {@code ./mvnw verify -Pbench}.
 */
@IntegrationTest
class AgreementBenchmark {

    @LocalServerPort int port;
    @Autowired AgreementService agreements;
    @Autowired AgreementHistoryService history;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;

    @Test
    void compareSaveAndPushLatency() throws Exception {
        SignIn.as(users, "ambtenaar.hvb");
        long hvb = jdbc.queryForObject("SELECT id FROM region WHERE code = 'HVB'", Long.class);
        long tilburg =
                jdbc.queryForObject(
                        "SELECT id FROM municipality WHERE name = 'Tilburg'", Long.class);
        long agreement =
                agreements.create(
                        hvb,
                        "Benchmark",
                        AgreementScope.INTEGRAL,
                        EnumSet.of(Theme.HOUSING),
                        Set.of(tilburg));
        for (int i = 1; i <= 100; i++) {
            agreements.addArticle(agreement, "Artikel " + i, paragraph(i, 150));
        }
        long before = agreements.get(agreement).revisionCount();
        List<ArticleRow> articles = agreements.get(agreement).articles();
        for (int i = 0; i < 100; i += 10) {
            ArticleRow a = articles.get(i);
            agreements.saveArticle(
                    a.id(),
                    a.heading(),
                    a.body().replace("woord" + (i + 3), "gewijzigd"),
                    a.revision());
        }
        agreements.moveArticle(articles.get(50).id(), -1);
        agreements.moveArticle(articles.get(70).id(), 1);
        long after = agreements.get(agreement).revisionCount();
        List<Long> compare = new ArrayList<>();
        for (int run = 0; run < 40; run++) {
            long t0 = System.nanoTime();
            history.compare(agreement, before, after);
            compare.add(System.nanoTime() - t0);
        }
        print(
                "compare 100 articles (DB read of both versions + word diff)",
                compare.subList(10, 40));

        ArticleRow target = agreements.get(agreement).articles().getFirst();
        List<Long> saves = new ArrayList<>();
        List<Long> push = new ArrayList<>();
        String page = "/regio/HVB/afspraken/" + agreement;
        try (var b = new Browser(port)) {
            b.logIn("wethouder.hvb", SignIn.DEMO_PASSWORD);
            b.waitForPath("/");
            b.open(page);
            b.waitFor(By.id("articles"));
            b.script(
                    """
                    window.__seen = {};
                    // The view re-renders its content on a change, so watch the whole page, not one element.
                    new MutationObserver(() => {
                      const first = document.querySelector('#articles .article-body');
                      const m = (first ? first.textContent : '').match(/bench-(\\d+)/g) || [];
                      m.forEach(k => { if (!window.__seen[k]) { window.__seen[k] = Date.now(); } });
                    }).observe(document.body, {subtree: true, childList: true, characterData: true});
                    """);
            long revision = target.revision();
            for (int i = 1; i <= 110; i++) {
                long wall = System.currentTimeMillis();
                long t0 = System.nanoTime();
                revision =
                        agreements
                                .saveArticle(
                                        target.id(), target.heading(), "Tekst bench-" + i, revision)
                                .revision();
                long saved = System.nanoTime() - t0;
                Object seen = waitForSeen(b, "bench-" + i);
                if (i > 10) {
                    saves.add(saved);
                    push.add((((Number) seen).longValue() - wall) * 1_000_000L);
                }
            }
        } finally {
            SignIn.out();
        }
        print("save article (service, MariaDB)", saves);
        print("A's save to B's screen (server push, headless Chromium)", push);
    }

    /**
     * Waits until the page recorded the marker and returns the browser's Date.now() at that moment.
     */
    private static Object waitForSeen(Browser browser, String marker) throws InterruptedException {
        for (int i = 0; i < 1000; i++) {
            Object seen = browser.script("return window.__seen['" + marker + "'];");
            if (seen != null) {
                return seen;
            }
            Thread.sleep(5);
        }
        throw new IllegalStateException(marker + " never appeared");
    }

    private static void print(String what, List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        double p50 = sorted.get(sorted.size() / 2) / 1e6;
        double p95 = sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1) / 1e6;
        System.out.printf(
                "BENCHMARK %-60s n=%d p50=%.1f ms p95=%.1f ms%n", what, sorted.size(), p50, p95);
    }

    private static String paragraph(int seed, int words) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < words; w++) {
            text.append(w % 17 == 0 ? "arbeidsmigratie" : "woord" + ((seed * 31 + w) % 97))
                    .append(' ');
        }
        return text.toString().strip();
    }
}
