/** Presence, soft locks and change events between sessions working on the same document. */
package nl.brabant.regiotafel.collaboration;
