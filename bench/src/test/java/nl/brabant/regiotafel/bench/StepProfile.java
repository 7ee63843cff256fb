package nl.brabant.regiotafel.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one click costs on a quiet server: one load-test person repeats each step of the load test
 * and this prints, per step, the median answer time and how many SQL statements the database
 * received for it (MariaDB's {@code Questions} counter, so nothing else may use the database
 * meanwhile). The load test says how the server copes with many people; this says which step to
 * make cheaper. {@code exec:java -Dexec.mainClass=...StepProfile -Dbase=... -Ddb=... -Duser=7
 * -Drounds=20}
 */
public final class StepProfile {

    private final Connection db;
    private final Map<String, long[]> millis = new LinkedHashMap<>();
    private final Map<String, long[]> queries = new LinkedHashMap<>();
    private final Map<String, long[]> cpu = new LinkedHashMap<>();
    private static final String PID = System.getProperty("pid", "");
    private final int rounds;

    private StepProfile(Connection db, int rounds) {
        this.db = db;
        this.rounds = rounds;
    }

    interface Step {
        void run() throws Exception;
    }

    public static void main(String[] args) throws Exception {
        String base = System.getProperty("base", "http://localhost:8090");
        String url = System.getProperty("db", "jdbc:mariadb://localhost:3390/regiotafel");
        int rounds = Integer.getInteger("rounds", 20);
        LoadAccount account = new LoadAccount(Integer.getInteger("user", 7));
        String password = System.getProperty("password", LoadAccount.DEFAULT_PASSWORD);
        try (Connection db =
                DriverManager.getConnection(
                        url,
                        System.getProperty("dbUser", "root"),
                        System.getProperty("dbPassword", ""))) {
            StepProfile profile = new StepProfile(db, rounds);
            for (int r = 0; r < rounds; r++) {
                HttpUser u = new HttpUser(base);
                int round = r;
                profile.time(
                        r, "login page + sign in", () -> u.logIn(account.username(), password));
                profile.time(r, "workspace (init + navigate)", () -> u.open(""));
                profile.time(
                        r,
                        "open agreement",
                        () -> u.follow(Screens.agreementRoute(u.ui(), account.agreementTitle())));
                profile.time(
                        r,
                        "edit article",
                        () ->
                                u.send(
                                        u.ui().click(
                                                        Screens.editButton(
                                                                u.ui(),
                                                                account.articleHeading()))));
                profile.time(
                        r,
                        "save article",
                        () -> {
                            VaadinUi.Node body = u.ui().requireId("article-body");
                            u.send(
                                    u.ui().typeAndClick(
                                                    body,
                                                    "Profielmeting " + round,
                                                    u.ui().requireId("save-article")));
                        });
                profile.time(r, "monitor", () -> u.follow("monitor"));
                profile.time(r, "back to workspace", () -> u.follow("regio/" + account.region()));
            }
            profile.print();
        }
    }

    private void time(int round, String step, Step work) throws Exception {
        long q0 = questions();
        long c0 = cpuMillis();
        long t0 = System.nanoTime();
        work.run();
        long t = (System.nanoTime() - t0) / 1_000_000;
        cpu.computeIfAbsent(step, k -> new long[rounds])[round] = cpuMillis() - c0;
        long q = questions() - q0 - 1; // the SHOW STATUS itself counts once
        millis.computeIfAbsent(step, k -> new long[rounds])[round] = t;
        queries.computeIfAbsent(step, k -> new long[rounds])[round] = q;
    }

    /**
     * The application's CPU time so far (user + system, all threads), from /proc; 0 without -Dpid.
     */
    private static long cpuMillis() throws Exception {
        if (PID.isEmpty()) {
            return 0;
        }
        String stat = Files.readString(Path.of("/proc", PID, "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        return ticks * 10; // USER_HZ is 100 on Linux
    }

    private long questions() throws Exception {
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("SHOW GLOBAL STATUS LIKE 'Questions'")) {
            rs.next();
            return rs.getLong(2);
        }
    }

    private void print() {
        System.out.printf(
                "%-30s %8s %8s %10s %12s%n",
                "step", "p50 ms", "max ms", "SQL (p50)", "CPU ms (mean)");
        millis.forEach(
                (step, t) -> {
                    long[] sorted = t.clone();
                    Arrays.sort(sorted);
                    long[] q = queries.get(step).clone();
                    Arrays.sort(q);
                    double cpuMean = Arrays.stream(cpu.get(step)).average().orElse(0);
                    System.out.printf(
                            "%-30s %8d %8d %10d %12.0f%n",
                            step,
                            sorted[sorted.length / 2],
                            sorted[sorted.length - 1],
                            q[q.length / 2],
                            cpuMean);
                });
    }
}
