package nl.brabant.regiotafel.base.db;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded MariaDB.
 *
 * @param directory where binaries ({@code base/}) and data ({@code data/}) live; kept across
 *     restarts
 * @param port TCP port on 127.0.0.1; 0 picks a free one
 * @param fresh wipe the data at start (tests: one clean database per test run)
 * @param databaseName schema the application uses
 */
@ConfigurationProperties("regiotafel.embedded-db")
public record EmbeddedDatabaseProperties(
        @DefaultValue("./data/mariadb") Path directory,
        @DefaultValue("3307") int port,
        @DefaultValue("false") boolean fresh,
        @DefaultValue("regiotafel") String databaseName) {}
