/**
 * Article text is Markdown: rendered to sanitised HTML for the browser, or to plain text for PDF
 * and search.
 */
package nl.brabant.regiotafel.agreement.text;
