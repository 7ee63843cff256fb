/** Shared building blocks: the embedded database, common exceptions and the main layout. */
package nl.brabant.regiotafel.base;
