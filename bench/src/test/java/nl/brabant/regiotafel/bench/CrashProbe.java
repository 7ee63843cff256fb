package nl.brabant.regiotafel.bench;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Crash safety, in two runs around a SIGKILL (bench/crash.sh):
 *
 * <ul>
 *   <li>{@code write}: writers (load-test accounts) save their article over and over through the
 *       screen, as fast as the application answers. A save counts as confirmed only when the answer
 *       shows "Opgeslagen." and the new text; each confirmed save is appended to a file and forced
 *       to disk before the next one is sent. The run ends when the application is gone.
 *   <li>{@code check}: after the restart, every confirmed save must be in the database (as a
 *       revision), every article's current text must be its latest revision, revisions must have no
 *       gaps and no orphans, every table must pass CHECK TABLE; and each writer, signing in again,
 *       must see their latest confirmed text on the screen.
 * </ul>
 */
public final class CrashProbe {

    public static void main(String[] args) throws Exception {
        String mode = System.getProperty("mode", "write");
        Path log = Path.of(System.getProperty("confirmed", "target/confirmed-saves.txt"));
        if (mode.equals("write")) {
            write(log);
        } else {
            System.exit(check(log) ? 0 : 1);
        }
    }

    private static String base() {
        return System.getProperty("base", "http://localhost:8080");
    }

    private static String password() {
        return System.getProperty("password", LoadAccount.DEFAULT_PASSWORD);
    }

    private static int writers() {
        return Integer.getInteger("writers", 4);
    }

    private static HttpUser openAgreement(int user) throws Exception {
        return new LoadAccount(user).openAgreement(base(), password());
    }

    private static void write(Path log) throws Exception {
        Files.createDirectories(log.toAbsolutePath().getParent());
        AtomicInteger confirmed = new AtomicInteger();
        AtomicInteger unanswered = new AtomicInteger();
        try (FileOutputStream out = new FileOutputStream(log.toFile(), false);
                PrintWriter lines = new PrintWriter(out, false, StandardCharsets.UTF_8)) {
            List<Thread> threads = new ArrayList<>();
            for (int w = 1; w <= writers(); w++) {
                int user = w;
                threads.add(
                        Thread.ofPlatform()
                                .name("writer-" + w)
                                .start(
                                        () -> {
                                            String username = new LoadAccount(user).username();
                                            try {
                                                HttpUser u = openAgreement(user);
                                                for (int seq = 1; ; seq++) {
                                                    u.send(
                                                            u.ui().click(
                                                                            Screens.editButton(
                                                                                    u.ui(),
                                                                                    "Artikel van "
                                                                                            + username)));
                                                    VaadinUi.Node body =
                                                            u.ui().requireId("article-body");
                                                    String marker = "crash-" + username + "-" + seq;
                                                    String text =
                                                            String.valueOf(
                                                                            body.properties.get(
                                                                                    "value"))
                                                                    .replaceAll(
                                                                            " crash-last\\.\\d+-\\d+$",
                                                                            "");
                                                    String answer;
                                                    try {
                                                        answer =
                                                                u.send(
                                                                        u.ui().typeAndClick(
                                                                                        body,
                                                                                        text + " "
                                                                                                + marker,
                                                                                        u.ui().requireId(
                                                                                                        "save-article")));
                                                    } catch (IOException gone) {
                                                        unanswered.incrementAndGet();
                                                        return;
                                                    }
                                                    if (!answer.contains(Screens.SAVED)
                                                            || !u.ui().showsText(marker)) {
                                                        System.out.println(
                                                                "save "
                                                                        + marker
                                                                        + " not confirmed by the screen");
                                                        continue;
                                                    }
                                                    synchronized (lines) {
                                                        lines.println(
                                                                username + "\t" + seq + "\t"
                                                                        + marker);
                                                        lines.flush();
                                                        out.getFD().sync();
                                                    }
                                                    confirmed.incrementAndGet();
                                                }
                                            } catch (IOException gone) {
                                                // The application was killed between saves.
                                            } catch (Exception e) {
                                                System.out.println(username + " stopped: " + e);
                                            }
                                        }));
            }
            for (Thread t : threads) {
                t.join();
            }
        }
        System.out.println(
                "CRASH writers stopped: "
                        + confirmed.get()
                        + " saves confirmed on screen, "
                        + unanswered.get()
                        + " sent without an answer (in flight at the kill)");
    }

    private static boolean check(Path log) throws Exception {
        Map<String, Integer> lastConfirmed = new LinkedHashMap<>();
        List<String[]> saves = new ArrayList<>();
        for (String line : Files.readAllLines(log)) {
            String[] f = line.split("\t");
            saves.add(f);
            lastConfirmed.merge(f[0], Integer.parseInt(f[1]), Math::max);
        }
        int found = 0;
        List<String> problems = new ArrayList<>();
        String url =
                "jdbc:mariadb://127.0.0.1:" + Integer.getInteger("dbPort", 3307) + "/regiotafel";
        try (Connection db = DriverManager.getConnection(url, "root", "")) {
            try (PreparedStatement q =
                    db.prepareStatement(
                            "SELECT COUNT(*) FROM revision r JOIN article a ON a.id = r.article_id "
                                    + "WHERE a.heading = ? AND r.body LIKE ?")) {
                for (String[] save : saves) {
                    q.setString(1, "Artikel van " + save[0]);
                    q.setString(2, "%" + save[2]);
                    try (ResultSet rs = q.executeQuery()) {
                        rs.next();
                        if (rs.getInt(1) == 1) {
                            found++;
                        } else {
                            problems.add(save[2] + " found " + rs.getInt(1) + " times");
                        }
                    }
                }
            }
            // Every article's text is its current revision's text.
            try (ResultSet rs =
                    db.createStatement()
                            .executeQuery(
                                    "SELECT COUNT(*) FROM article a LEFT JOIN revision r "
                                            + "ON r.agreement_id = a.agreement_id AND r.number = a.current_revision "
                                            + "WHERE r.id IS NULL OR r.article_id <> a.id OR NOT (r.body <=> a.body) OR r.heading <> a.heading")) {
                rs.next();
                if (rs.getInt(1) != 0) {
                    problems.add(
                            rs.getInt(1) + " articles whose text is not their current revision");
                }
            }
            // Revision numbers per agreement run 1..n without gaps; no revision without its
            // article.
            try (ResultSet rs =
                    db.createStatement()
                            .executeQuery(
                                    "SELECT COUNT(*) FROM (SELECT agreement_id, "
                                            + "MAX(number) m, COUNT(*) c FROM revision GROUP BY agreement_id HAVING m <> c) g")) {
                rs.next();
                if (rs.getInt(1) != 0) {
                    problems.add(rs.getInt(1) + " agreements with gaps in their revision numbers");
                }
            }
            try (ResultSet rs =
                    db.createStatement()
                            .executeQuery(
                                    "SELECT COUNT(*) FROM agreement g WHERE g.revision_count "
                                            + "<> (SELECT COALESCE(MAX(number), 0) FROM revision r WHERE r.agreement_id = g.id)")) {
                rs.next();
                if (rs.getInt(1) != 0) {
                    problems.add(
                            rs.getInt(1)
                                    + " agreements whose revision counter differs from their last revision");
                }
            }
            try (ResultSet rs =
                    db.createStatement()
                            .executeQuery(
                                    "SELECT COUNT(*) FROM revision r LEFT JOIN article a ON a.id = r.article_id WHERE a.id IS NULL")) {
                rs.next();
                if (rs.getInt(1) != 0) {
                    problems.add(rs.getInt(1) + " revisions without their article");
                }
            }
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = db.createStatement().executeQuery("SHOW TABLES")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            try (ResultSet rs =
                    db.createStatement().executeQuery("CHECK TABLE " + String.join(", ", tables))) {
                while (rs.next()) {
                    if (rs.getString("Msg_type").equalsIgnoreCase("status")
                            && !rs.getString("Msg_text").equals("OK")) {
                        problems.add(
                                "CHECK TABLE "
                                        + rs.getString("Table")
                                        + ": "
                                        + rs.getString("Msg_text"));
                    }
                    if (rs.getString("Msg_type").equalsIgnoreCase("error")) {
                        problems.add(
                                "CHECK TABLE "
                                        + rs.getString("Table")
                                        + ": "
                                        + rs.getString("Msg_text"));
                    }
                }
            }
        }
        // What the writers see after signing in again: their latest confirmed save, or a later one
        // that was committed while its answer was cut off by the kill.
        for (var last : lastConfirmed.entrySet()) {
            int user = Integer.parseInt(last.getKey().substring("last.".length()));
            HttpUser u = openAgreement(user);
            String shown = u.ui().textOf(Screens.article(u.ui(), "Artikel van " + last.getKey()));
            Matcher m =
                    Pattern.compile("crash-" + Pattern.quote(last.getKey()) + "-(\\d+)")
                            .matcher(shown);
            int onScreen = m.find() ? Integer.parseInt(m.group(1)) : 0;
            if (onScreen < last.getValue()) {
                problems.add(
                        last.getKey()
                                + " sees save "
                                + onScreen
                                + " but save "
                                + last.getValue()
                                + " was confirmed");
            }
        }
        System.out.printf(
                "CRASH confirmed saves: %d, found after restart: %d, lost: %d; consistency problems: %d %s%n",
                saves.size(),
                found,
                saves.size() - found,
                problems.size(),
                problems.isEmpty() ? "" : problems);
        System.out.println(
                "CRASH goal zero confirmed saves lost: "
                        + (found == saves.size() && problems.isEmpty() ? "met" : "MISSED"));
        return found == saves.size() && problems.isEmpty();
    }
}
