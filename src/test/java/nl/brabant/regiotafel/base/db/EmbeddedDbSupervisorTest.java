package nl.brabant.regiotafel.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * A mariadbd that dies while the application runs (killed, crashed) is started again by the
 * supervisor, on the same data and the same port, with a log line saying why. Its own server on its
 * own folder, so the shared test database is not touched.
 */
class EmbeddedDbSupervisorTest {

    private Path dir;
    private EmbeddedMariaDb db;
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(EmbeddedMariaDb.class);

    @BeforeEach
    void start() throws Exception {
        dir = Files.createTempDirectory("regiotafel-supervisor-test").toAbsolutePath();
        logged.start();
        logger.addAppender(logged);
        db = EmbeddedMariaDb.start(new EmbeddedDatabaseProperties(dir, 0, false, "supervised"));
    }

    @AfterEach
    void stop() throws Exception {
        logger.detachAppender(logged);
        db.stop();
        EmbeddedMariaDb.deleteRecursively(dir);
    }

    @Test
    void aKilledServerIsStartedAgainOnTheSameDataAndPort() throws Exception {
        execute("CREATE TABLE note (id INT PRIMARY KEY, text VARCHAR(100))");
        execute("INSERT INTO note VALUES (1, 'voor de crash opgeslagen')");
        ProcessHandle first = db.serverProcess().orElseThrow();

        first.destroyForcibly(); // SIGKILL, as the OOM killer or a crash would
        first.onExit().get();
        long killed = System.nanoTime();
        // The supervisor counts the restart once the new server is ready; it may answer just
        // before.
        while ((!answers() || db.restarts() == 0)
                && System.nanoTime() - killed < Duration.ofSeconds(60).toNanos()) {
            Thread.sleep(200);
        }
        long downMs = (System.nanoTime() - killed) / 1_000_000;
        assertThat(answers()).as("answering again on port %d within 60 s", db.port()).isTrue();
        System.out.println(
                "BENCHMARK embedded MariaDB answering again " + downMs + " ms after SIGKILL");

        assertThat(db.restarts()).isEqualTo(1);
        assertThat(db.serverProcess())
                .hasValueSatisfying(p -> assertThat(p.pid()).isNotEqualTo(first.pid()));
        assertThat(text()).isEqualTo("voor de crash opgeslagen");
        assertThat(logged.list)
                .anySatisfy(
                        e ->
                                assertThat(e.getFormattedMessage())
                                        .contains(
                                                "pid " + first.pid(),
                                                "stopped unexpectedly",
                                                "starting it again on the same data"));

        // A deliberate stop is not undone by the supervisor.
        db.stop();
        Thread.sleep(2_000);
        assertThat(GracefulStopTest.serversOn(dir)).isZero();
        assertThat(db.restarts()).isEqualTo(1);
    }

    private boolean answers() {
        try {
            return text() != null;
        } catch (SQLException down) {
            return false;
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), "root", "");
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private String text() throws SQLException {
        try (Connection c =
                        DriverManager.getConnection(
                                db.jdbcUrl() + "?connectTimeout=1000", "root", "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT text FROM note WHERE id = 1")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
