/** Outgoing e-mail: plain text and HTML, after commit, never blocking the person who caused it. */
package nl.brabant.regiotafel.base.mail;
