/**
 * Compares two versions of an agreement: which articles were added, removed, moved or edited, word
 * by word.
 */
package nl.brabant.regiotafel.agreement.compare;
