/** Woo publication: what the tables made public, withdrawals, and the public site at /openbaar. */
package nl.brabant.regiotafel.publication;
