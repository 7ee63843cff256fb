/**
 * Agreements to and from Word (.docx, Apache POI): the import turns headings into articles and the
 * rest into Markdown, the export writes any version with its formatting.
 */
package nl.brabant.regiotafel.agreement.word;
