/** The province monitor screen: dashboard, theme balance, policy frameworks, drill-down, CSV. */
package nl.brabant.regiotafel.monitor.ui;
