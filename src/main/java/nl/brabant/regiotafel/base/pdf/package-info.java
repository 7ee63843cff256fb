/**
 * The house style of the PDF exports, written once: colours and type ({@link HouseStyle}), embedded
 * Liberation Sans that keeps its weight for every letter it has ({@link TextFont}), tables ({@link
 * Tables}), the page footer ({@link PageFooter}) and the archive format PDF/A-2u ({@link
 * ArchivePdf}) for agreements, agendas and minutes. The monitor stays plain PDF: its charts are
 * images that OpenPDF's PDF/A checks would refuse if they carried transparency.
 *
 * <p>Not tagged for screen readers (PDF/UA): OpenPDF 3 writes no structure tree for its paragraphs
 * and tables, only hand-placed marked content, so the language, the title and the fonts pass
 * veraPDF's PDF/UA-1 profile but the tags do not. A tagged file needs another library: Apache
 * PDFBox 3 with a hand-built structure tree (every element laid out by our own code, roughly the
 * size of these exporters again), or openhtmltopdf (on PDFBox), which tags HTML and writes PDF/A
 * and PDF/UA from a template, at the cost of rewriting the three exporters as HTML and CSS.
 */
package nl.brabant.regiotafel.base.pdf;
