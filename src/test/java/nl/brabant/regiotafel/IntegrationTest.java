package nl.brabant.regiotafel;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The one Spring context of service and view tests: the whole application on the shared embedded
 * MariaDB of this test run (profile "test": fresh data in target/test-mariadb, demo data seeded).
 * Every class uses exactly this annotation so that Spring caches and reuses one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
public @interface IntegrationTest {}
