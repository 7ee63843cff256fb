/** Woo publication on the meeting and agreement pages: publish, withdraw, what happened. */
package nl.brabant.regiotafel.publication.ui;
