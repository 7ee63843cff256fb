/**
 * Data and one bare page for the load benchmark in {@code bench/}. Compiled only with the Maven
 * profile {@code loadtest} (this folder is not {@code src/main}), so the product jar holds none of
 * it; and even in the benchmark's jar nothing here exists unless {@code regiotafel.load-test.users}
 * is set (the Spring profile {@code loadtest}), and never against an external database.
 */
package nl.brabant.regiotafel.loadtest;
