package nl.brabant.regiotafel.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Response times per step, kept by the simulation itself, printed as one table at the end. */
public final class StepTimes {

    private static final Map<String, List<Long>> TIMES = new TreeMap<>();
    private static final Map<String, Integer> ERRORS = new TreeMap<>();

    private StepTimes() {}

    public static synchronized void record(String step, long millis, boolean ok) {
        TIMES.computeIfAbsent(step, s -> new ArrayList<>()).add(millis);
        if (!ok) {
            ERRORS.merge(step, 1, Integer::sum);
        }
        ERRORS.putIfAbsent(step, 0);
    }

    /** The table, also written to target/load-steps.txt for load.sh. */
    public static synchronized String table(int users, long goalP95) {
        StringBuilder out = new StringBuilder();
        out.append(
                "LOAD %d simulated users, %s s between clicks; response times per step in ms (goal: p95 < %d ms, no errors)%n"
                        .formatted(users, thinkTime(), goalP95));
        out.append(
                "%-30s %7s %6s %7s %7s %7s %7s  %s%n"
                        .formatted("step", "n", "errors", "p50", "p95", "p99", "max", "goal"));
        List<Long> all = new ArrayList<>();
        int errors = 0;
        for (var entry : TIMES.entrySet()) {
            List<Long> sorted = new ArrayList<>(entry.getValue());
            Collections.sort(sorted);
            all.addAll(sorted);
            int e = ERRORS.getOrDefault(entry.getKey(), 0);
            errors += e;
            out.append(row(entry.getKey(), sorted, e, goalP95));
        }
        Collections.sort(all);
        out.append(row("all steps", all, errors, goalP95));
        try {
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "load-steps.txt"), out);
        } catch (IOException e) {
            out.append("could not write target/load-steps.txt: ").append(e).append('\n');
        }
        return out.toString();
    }

    private static String thinkTime() {
        double scale = Double.parseDouble(System.getProperty("thinkScale", "1"));
        return "%s-%s".formatted(fmt(1 * scale), fmt(5 * scale));
    }

    private static String fmt(double seconds) {
        return seconds == Math.rint(seconds)
                ? String.valueOf((long) seconds)
                : String.valueOf(seconds);
    }

    private static String row(String step, List<Long> sorted, int errors, long goal) {
        if (sorted.isEmpty()) {
            return "%-30s %7d%n".formatted(step, 0);
        }
        long p95 = CollaborationProbe.pct(sorted, 95);
        return "%-30s %7d %6d %7d %7d %7d %7d  %s%n"
                .formatted(
                        step,
                        sorted.size(),
                        errors,
                        CollaborationProbe.pct(sorted, 50),
                        p95,
                        CollaborationProbe.pct(sorted, 99),
                        sorted.getLast(),
                        p95 < goal && errors == 0 ? "met" : "MISSED");
    }
}
