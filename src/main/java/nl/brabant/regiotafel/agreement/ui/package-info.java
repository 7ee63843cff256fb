/**
 * The agreement screens: list per region, the co-editing page with history, compare, commitments,
 * adoption.
 */
package nl.brabant.regiotafel.agreement.ui;
