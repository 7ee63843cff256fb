/**
 * Shared building blocks that every feature may use and that use no feature: the embedded database,
 * common exceptions, the clock, text input rules, PDF pieces, error pages and the language choice.
 */
package nl.brabant.regiotafel.base;
