/** Monitor tables exported as CSV that Dutch Excel opens correctly and cannot turn into formulas. */
package nl.brabant.regiotafel.monitor.export;
