package nl.brabant.regiotafel.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Path;

/**
 * The application's live heap: {@code jcmd <pid> GC.class_histogram} runs a full collection and
 * counts what survives; its "Total" line is the retained heap in bytes. Read twice, the lower kept,
 * so a collection that raced with a request does not count.
 */
final class LiveHeap {

    private LiveHeap() {}

    static long bytes(long pid) throws IOException, InterruptedException {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 2; i++) {
            best = Math.min(best, once(pid));
            Thread.sleep(500);
        }
        return best;
    }

    private static long once(long pid) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process p =
                new ProcessBuilder(jcmd.toString(), String.valueOf(pid), "GC.class_histogram")
                        .redirectErrorStream(true)
                        .start();
        String total = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream()))) {
            for (String line; (line = out.readLine()) != null; ) {
                if (line.startsWith("Total")) {
                    total = line;
                }
            }
        }
        if (p.waitFor() != 0 || total == null) {
            throw new IOException("jcmd " + pid + " GC.class_histogram gave no total");
        }
        String[] parts = total.trim().split("\\s+");
        return Long.parseLong(parts[2]);
    }
}
