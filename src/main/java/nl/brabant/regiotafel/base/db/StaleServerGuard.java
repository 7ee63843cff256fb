package nl.brabant.regiotafel.base.db;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A killed application leaves its mariadbd running on the data folder; the next start would then
 * wait for InnoDB's file lock and fail after a long hang. This guard finds such a server before we
 * start: an orphan (its Java parent is gone) is shut down cleanly; a server that still belongs to a
 * running application is reported, never killed.
 */
final class StaleServerGuard {

    private static final Logger log = LoggerFactory.getLogger(StaleServerGuard.class);
    private static final Duration GRACE = Duration.ofSeconds(20);

    private StaleServerGuard() {}

    static void clear(Path dataDir) {
        String dataPath = dataDir.toAbsolutePath().normalize().toString();
        for (ProcessHandle process : serversOn(dataPath)) {
            if (ownedByRunningJava(process)) {
                throw new EmbeddedDatabaseException(
                        "Another running instance of the application (pid "
                                + process.parent().map(ProcessHandle::pid).orElse(-1L)
                                + ") uses the data folder "
                                + dataPath
                                + ". Stop that instance first, or give this one its own folder with REGIOTAFEL_DATA_DIR.");
            }
            log.warn(
                    "Found a MariaDB server (pid {}) left running on {} by an application that was killed; "
                            + "shutting it down before starting a new one.",
                    process.pid(),
                    dataPath);
            stop(process);
        }
    }

    private static List<ProcessHandle> serversOn(String dataPath) {
        return ProcessHandle.allProcesses()
                .filter(p -> p.pid() != ProcessHandle.current().pid())
                .filter(
                        p ->
                                p.info()
                                        .command()
                                        .map(c -> c.endsWith("mariadbd") || c.endsWith("mysqld"))
                                        .orElse(false))
                .filter(
                        p ->
                                p.info()
                                        .commandLine()
                                        .map(
                                                cl ->
                                                        cl.contains("--datadir=" + dataPath)
                                                                || cl.contains(
                                                                        "--datadir " + dataPath))
                                        .orElse(false))
                .toList();
    }

    private static boolean ownedByRunningJava(ProcessHandle server) {
        return server.parent()
                .filter(parent -> parent.pid() != 1)
                .flatMap(parent -> parent.info().command())
                .map(command -> command.endsWith("java"))
                .orElse(false);
    }

    private static void stop(ProcessHandle process) {
        CompletableFuture<ProcessHandle> exited = process.onExit();
        process.destroy();
        try {
            exited.get(GRACE.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            log.warn(
                    "MariaDB server (pid {}) did not stop within {} s; killing it.",
                    process.pid(),
                    GRACE.toSeconds());
            process.destroyForcibly();
            exited.orTimeout(10, TimeUnit.SECONDS).exceptionally(t -> null).join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EmbeddedDatabaseException(
                    "Interrupted while stopping a stale MariaDB server", e);
        } catch (ExecutionException e) {
            throw new EmbeddedDatabaseException(
                    "Could not stop the stale MariaDB server (pid " + process.pid() + ")", e);
        }
    }
}
