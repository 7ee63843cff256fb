package nl.brabant.regiotafel.meeting.export;

import static nl.brabant.regiotafel.base.format.DocumentText.isBlank;
import static nl.brabant.regiotafel.base.format.DocumentText.orDash;

import java.io.ByteArrayOutputStream;
import java.util.function.Consumer;
import nl.brabant.regiotafel.base.format.DateFormats;
import nl.brabant.regiotafel.base.pdf.ArchivePdf;
import nl.brabant.regiotafel.base.pdf.HouseStyle;
import nl.brabant.regiotafel.base.pdf.PageFooter;
import nl.brabant.regiotafel.base.pdf.Tables;
import org.openpdf.text.Document;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The meeting PDFs in the house style: A4 PDF/A-2u page, header block with the meeting's facts,
 * tables and footer.
 */
final class PdfLayout {

    private PdfLayout() {}

    /**
     * Renders one A4 document; the heading ("Agenda", "Verslag") opens the page and titles the
     * file.
     */
    static byte[] render(String heading, MeetingDocument m, Consumer<Document> body) {
        String title = heading + " – " + (isBlank(m.title()) ? "regiotafel" : m.title());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 50, 60);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(new PageFooter(title, HouseStyle.NOTE, 400, 220));
        ArchivePdf.open(document, writer, title, description(heading, m));
        header(document, heading, m);
        body.accept(document);
        document.close();
        return out.toByteArray();
    }

    /**
     * "Verslag – Regio Hart van Brabant, 3e regiotafel, donderdag 12 maart 2026, 14:00–16:30,
     * status Verslag vastgesteld": what an archivist reads in the file's properties.
     */
    private static String description(String heading, MeetingDocument m) {
        StringBuilder description = new StringBuilder(heading);
        String separator = " – ";
        for (String part :
                new String[] {
                    m.regionName(),
                    m.sequenceLabel(),
                    m.start() == null ? null : DateFormats.documentPeriod(m.start(), m.end()),
                    isBlank(m.statusLabel()) ? null : "status " + m.statusLabel()
                }) {
            if (!isBlank(part)) {
                description.append(separator).append(part);
                separator = ", ";
            }
        }
        return description.toString();
    }

    private static void header(Document document, String heading, MeetingDocument m) {
        if (!isBlank(m.regionName())) {
            document.add(HouseStyle.KICKER.paragraph(m.regionName()));
        }
        document.add(HouseStyle.HEADING.paragraph(heading));
        if (!isBlank(m.title())) {
            document.add(HouseStyle.TITLE.paragraph(m.title()));
        }
        PdfPTable facts = Tables.facts(22, 78, 6);
        fact(facts, "Bijeenkomst", m.sequenceLabel());
        fact(facts, "Datum en tijd", DateFormats.documentPeriod(m.start(), m.end()));
        fact(facts, "Locatie", m.location());
        if (!isBlank(m.onlineLink())) {
            fact(facts, "Online", m.onlineLink());
        }
        if (!isBlank(m.statusLabel())) {
            fact(facts, "Status", m.statusLabel());
        }
        document.add(facts);
    }

    private static void fact(PdfPTable facts, String label, String value) {
        Tables.fact(facts, label, orDash(value));
    }

    /** A table whose header row is set in the bold cell type. */
    static PdfPTable table(float[] widths, String... headers) {
        return Tables.table(widths, HouseStyle.CELL_BOLD, headers);
    }

    /** A table cell; a missing value prints as "—". */
    static PdfPCell cell(String text) {
        return Tables.cell(orDash(text), HouseStyle.CELL);
    }
}
