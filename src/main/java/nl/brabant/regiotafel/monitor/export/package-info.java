/**
 * Monitor tables exported as CSV that Dutch Excel opens correctly and cannot turn into formulas,
 * and the dashboard as a landscape PDF.
 */
package nl.brabant.regiotafel.monitor.export;
