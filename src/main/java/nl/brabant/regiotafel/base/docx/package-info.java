/** The house style of the Word (.docx) exports: styles, headings, tables, the footer. */
package nl.brabant.regiotafel.base.docx;
