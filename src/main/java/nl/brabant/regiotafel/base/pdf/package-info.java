/** Shared pieces of the PDF exports: a font that keeps its weight for Dutch text, a page footer. */
package nl.brabant.regiotafel.base.pdf;
