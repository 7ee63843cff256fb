package nl.brabant.regiotafel.base.db;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Without an external database the application brings its own MariaDB. Spring Boot's own DataSource
 * configuration backs off because this one defines the bean.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabaseCondition.class)
class EmbeddedDatabaseConfiguration {

    /**
     * Closed after the pool (which depends on it) when the context closes, e.g. at SIGTERM or
     * Ctrl-C: the server then stops cleanly with its data kept.
     */
    @Bean(destroyMethod = "release")
    EmbeddedMariaDb embeddedMariaDb(EmbeddedDatabaseProperties properties) {
        return EmbeddedMariaDb.shared(properties);
    }

    /** The pool settings of application.properties (spring.datasource.hikari.*) apply here too. */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedMariaDb database) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setPoolName("embedded-mariadb");
        dataSource.setJdbcUrl(database.jdbcUrl());
        dataSource.setUsername("root");
        dataSource.setPassword("");
        return dataSource;
    }
}
