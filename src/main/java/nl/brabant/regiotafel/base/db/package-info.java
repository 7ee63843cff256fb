/** Starts an embedded MariaDB when no external database is configured. */
package nl.brabant.regiotafel.base.db;
