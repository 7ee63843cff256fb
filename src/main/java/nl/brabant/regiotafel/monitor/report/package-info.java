/**
 * The progress report ("voortgangsrapportage") for Provinciale Staten: the monitor's figures for a
 * chosen period, with a generated summary, as Word and as PDF/A.
 */
package nl.brabant.regiotafel.monitor.report;
