/**
 * Data and one bare page for the load benchmark in {@code bench/}. Nothing here exists unless
 * {@code regiotafel.load-test.users} is set (the {@code loadtest} profile), and never against an
 * external database.
 */
package nl.brabant.regiotafel.loadtest;
