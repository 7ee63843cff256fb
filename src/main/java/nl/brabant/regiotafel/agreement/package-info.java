/**
 * Inter-municipal agreements: articles, revisions, versions, comments, commitments, adoption,
 * audit.
 */
package nl.brabant.regiotafel.agreement;
