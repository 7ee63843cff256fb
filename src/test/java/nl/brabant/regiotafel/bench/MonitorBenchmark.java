package nl.brabant.regiotafel.bench;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import nl.brabant.regiotafel.IntegrationTest;
import nl.brabant.regiotafel.monitor.MonitorService;
import nl.brabant.regiotafel.testsupport.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Ten years of data (7 regions, 40 meetings each with 20 agenda items, 100 agreements with 500
 * revisions each) and the dashboard's server time. Prints figures; asserts nothing about time. Run
 * with {@code ./mvnw verify -Pbench}.
 */
@IntegrationTest
class MonitorBenchmark {

    @Autowired MonitorService monitor;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;

    @Test
    void dashboardOnTenYearsOfData() {
        long started = System.nanoTime();
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        List<Long> regions = jdbc.queryForList("SELECT id FROM region ORDER BY id", Long.class);
        long user =
                jdbc.queryForObject(
                        "SELECT id FROM user_account WHERE username = 'coordinator'", Long.class);
        String[] themes = {"HOUSING", "LABOUR_MARKET", "SOCIAL", "ENFORCEMENT"};
        for (long region : regions) {
            for (int m = 0; m < 40; m++) {
                LocalDateTime start = now.minusDays(90L * m + 1);
                jdbc.update(
                        "INSERT INTO meeting (region_id, title, starts_at, ends_at, proposal_deadline, status, "
                                + "created_at, version) VALUES (?, 'Historisch', ?, ?, ?, 'MINUTES_APPROVED', ?, 0)",
                        region,
                        start,
                        start.plusHours(2),
                        start.minusDays(10),
                        start);
                long meeting = jdbc.queryForObject("SELECT MAX(id) FROM meeting", Long.class);
                List<Object[]> items = new ArrayList<>();
                for (int i = 0; i < 20; i++) {
                    items.add(new Object[] {meeting, "Punt " + i, i, start});
                }
                jdbc.batchUpdate(
                        "INSERT INTO agenda_item (meeting_id, title, proposed_minutes, duration_minutes, status, "
                                + "position, proposed_at, version) VALUES (?, ?, 10, 10, 'ACCEPTED', ?, ?, 0)",
                        items);
                jdbc.update(
                        "INSERT INTO agenda_item_theme (agenda_item_id, theme) SELECT id, ELT(1 + MOD(id, 4), "
                                + "'HOUSING', 'LABOUR_MARKET', 'SOCIAL', 'ENFORCEMENT') FROM agenda_item WHERE meeting_id = ?",
                        meeting);
                jdbc.update(
                        "INSERT INTO decision (meeting_id, number, text, theme, created_at) VALUES (?, 1, 'Besluit', ?, ?)",
                        meeting,
                        themes[m % 4],
                        start);
                jdbc.update(
                        "INSERT INTO action_item (region_id, meeting_id, description, owner_user_id, due_date, status, "
                                + "created_at, updated_at, version) VALUES (?, ?, 'Actie', ?, ?, ?, ?, ?, 0)",
                        region,
                        meeting,
                        user,
                        start.toLocalDate().plusDays(30),
                        m % 3 == 0 ? "OPEN" : "DONE",
                        start,
                        start);
            }
        }
        for (int a = 0; a < 100; a++) {
            long region = regions.get(a % regions.size());
            jdbc.update(
                    "INSERT INTO agreement (region_id, title, scope, status, revision_count, created_at, version) "
                            + "VALUES (?, 'Historische afspraken', 'INTEGRAL', 'SUPERSEDED', 500, ?, 0)",
                    region,
                    now.minusYears(3));
            long agreement = jdbc.queryForObject("SELECT MAX(id) FROM agreement", Long.class);
            List<Long> articles = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                jdbc.update(
                        "INSERT INTO article (agreement_id, position, heading, body, current_revision, version) "
                                + "VALUES (?, ?, 'Artikel', 'Tekst', 0, 0)",
                        agreement,
                        i + 1);
                articles.add(jdbc.queryForObject("SELECT MAX(id) FROM article", Long.class));
            }
            List<Object[]> revisions = new ArrayList<>();
            for (int r = 1; r <= 500; r++) {
                revisions.add(
                        new Object[] {
                            agreement,
                            articles.get(r % 10),
                            r,
                            "Tekst versie " + r,
                            (r % 10) + 1,
                            user,
                            now.minusYears(3).plusHours(r)
                        });
            }
            jdbc.batchUpdate(
                    "INSERT INTO revision (agreement_id, article_id, number, kind, heading, body, position, "
                            + "author_id, created_at) VALUES (?, ?, ?, 'EDIT', 'Artikel', ?, ?, ?, ?)",
                    revisions);
            jdbc.update(
                    "INSERT INTO audit_entry (region_id, agreement_id, actor_id, action, created_at) "
                            + "VALUES (?, ?, ?, 'ARTICLE_SAVED', ?)",
                    region,
                    agreement,
                    user,
                    now.minusYears(3));
        }
        System.out.printf(
                "BENCHMARK %-60s %.1f s%n",
                "generating ten years of data", (System.nanoTime() - started) / 1e9);
        System.out.printf(
                "BENCHMARK data: %d meetings, %d agenda items, %d agreements, %d revisions%n",
                jdbc.queryForObject("SELECT COUNT(*) FROM meeting", Long.class),
                jdbc.queryForObject("SELECT COUNT(*) FROM agenda_item", Long.class),
                jdbc.queryForObject("SELECT COUNT(*) FROM agreement", Long.class),
                jdbc.queryForObject("SELECT COUNT(*) FROM revision", Long.class));

        SignIn.as(users, "coordinator");
        try {
            List<Long> times = new ArrayList<>();
            for (int run = 0; run < 40; run++) {
                long t0 = System.nanoTime();
                monitor.dashboard(now.getYear());
                monitor.themeBalance();
                if (run >= 10) {
                    times.add(System.nanoTime() - t0);
                }
            }
            Collections.sort(times);
            System.out.printf(
                    "BENCHMARK %-60s n=%d p50=%.1f ms p95=%.1f ms%n",
                    "dashboard + theme balance (server time)",
                    times.size(),
                    times.get(times.size() / 2) / 1e6,
                    times.get((int) Math.ceil(times.size() * 0.95) - 1) / 1e6);
        } finally {
            SignIn.out();
        }
    }
}
