/**
 * Monitor figures rendered on the server as PNG charts, so they look the same in the browser, PDF
 * and e-mail.
 */
package nl.brabant.regiotafel.monitor.chart;
