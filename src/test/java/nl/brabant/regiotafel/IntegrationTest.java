package nl.brabant.regiotafel;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The one Spring context of all tests: the whole application, served on a random port, on the
 * shared embedded MariaDB of this test run (profile "test": fresh data in target/test-mariadb, demo
 * data seeded). Service, view, HTTP and browser tests all use this same configuration, so Spring
 * starts one context. Two contexts would each install their own security-context strategy in Spring
 * Security's static holder, and tests of the first would then run unauthenticated.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public @interface IntegrationTest {}
