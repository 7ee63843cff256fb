/**
 * The house style of the PDF exports, written once: colours and type ({@link HouseStyle}), embedded
 * Liberation Sans that keeps its weight for every letter it has ({@link TextFont}), tables ({@link
 * Tables}), the page footer ({@link PageFooter}) and the archive format PDF/A-2u ({@link
 * ArchivePdf}) for agreements, agendas and minutes. The monitor stays plain PDF with the same
 * fonts: it is a working overview, not an archive record, and OpenPDF's PDF/A mode refuses any
 * chart image that carries transparency.
 *
 * <p>Not tagged for screen readers (PDF/UA): OpenPDF 3 writes no structure tree for its paragraphs
 * and tables, only hand-placed marked content, so the language, the title and the fonts pass
 * veraPDF's PDF/UA-1 profile but the tags do not. openhtmltopdf 1.1 (io.github.openhtmltopdf, LGPL,
 * on Apache PDFBox 3) tags what it lays out: a trial page of minutes written as XHTML and CSS in
 * this house style, with these fonts and the sRGB profile, passed veraPDF's PDF/A-2u and PDF/UA-1
 * profiles both. Switching means rewriting the agreement and meeting exporters as templates (about
 * the size of these exporters again, and their tests stay as they are since they read the text
 * back); a page then takes a few hundred milliseconds instead of tens, and the first one seconds.
 * PDFBox alone would need the structure tree built by hand for every paragraph and cell.
 */
package nl.brabant.regiotafel.base.pdf;
