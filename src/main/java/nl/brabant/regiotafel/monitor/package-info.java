/**
 * The province monitor: figures per region from aggregate queries, theme balance, policy
 * frameworks.
 */
package nl.brabant.regiotafel.monitor;
