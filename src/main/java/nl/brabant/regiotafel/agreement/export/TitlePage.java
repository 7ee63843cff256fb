package nl.brabant.regiotafel.agreement.export;

import static nl.brabant.regiotafel.agreement.export.AgreementLayout.cell;
import static nl.brabant.regiotafel.agreement.export.AgreementLayout.fact;
import static nl.brabant.regiotafel.base.format.DocumentText.isBlank;
import static nl.brabant.regiotafel.base.format.DocumentText.orEmpty;
import static nl.brabant.regiotafel.base.pdf.HouseStyle.CELL;
import static nl.brabant.regiotafel.base.pdf.HouseStyle.CELL_BOLD;

import java.util.List;
import nl.brabant.regiotafel.base.format.DateFormats;
import nl.brabant.regiotafel.base.format.DocumentText;
import nl.brabant.regiotafel.base.pdf.HouseStyle;
import nl.brabant.regiotafel.base.pdf.Tables;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/**
 * The first page: what the agreement is, which version this is, and which municipalities have
 * adopted it.
 */
final class TitlePage {

    static final String HEADING = "Intergemeentelijke afspraken arbeidsmigratie";

    private TitlePage() {}

    static void write(Document document, AgreementDocument a) {
        if (!isBlank(a.regionName())) {
            document.add(HouseStyle.KICKER.paragraph(a.regionName()));
        }
        document.add(HouseStyle.HEADING.paragraph(HEADING));
        if (!isBlank(a.title())) {
            Paragraph title = HouseStyle.TITLE.paragraph(a.title());
            title.setSpacingBefore(4);
            document.add(title);
        }
        PdfPTable facts = Tables.facts(24, 76, 12);
        fact(facts, "Versie:", a.versionName());
        fact(facts, "Status:", a.statusLabel());
        fact(facts, "Reikwijdte:", a.scopeLabel());
        fact(facts, "Thema's:", DocumentText.joined(a.themeLabels()));
        fact(facts, "Versie vastgelegd:", recorded(a));
        document.add(facts);

        HouseStyle.section(document, "Vaststelling per gemeente");
        adoptions(document, orEmpty(a.adoptions()));
    }

    /** "12 maart 2026 door José Verhoeven", or as much of it as is known. */
    private static String recorded(AgreementDocument a) {
        if (a.versionCreatedAt() == null) {
            return isBlank(a.versionCreatedBy()) ? null : "door " + a.versionCreatedBy();
        }
        String date = DateFormats.documentLongDate(a.versionCreatedAt());
        return isBlank(a.versionCreatedBy()) ? date : date + " door " + a.versionCreatedBy();
    }

    private static void adoptions(Document document, List<AdoptionLine> adoptions) {
        if (adoptions.isEmpty()) {
            document.add(HouseStyle.note("Nog geen gemeenten aan deze afspraken verbonden."));
            return;
        }
        long adopted = adoptions.stream().filter(line -> line.adoptedOn() != null).count();
        Paragraph summary =
                HouseStyle.BODY.paragraph(
                        adopted
                                + " van "
                                + adoptions.size()
                                + " gemeenten "
                                + (adopted == 1 ? "heeft" : "hebben")
                                + " vastgesteld");
        summary.setSpacingAfter(6);
        document.add(summary);

        PdfPTable table =
                Tables.table(
                        new float[] {30, 22, 48},
                        CELL_BOLD,
                        "Gemeente",
                        "Vastgesteld op",
                        "Besluit");
        for (AdoptionLine line : adoptions) {
            table.addCell(cell(line.municipality(), CELL));
            table.addCell(
                    cell(
                            line.adoptedOn() == null
                                    ? "nog niet vastgesteld"
                                    : DateFormats.documentDate(line.adoptedOn()),
                            CELL));
            table.addCell(decision(line));
        }
        document.add(table);
    }

    /** The decision reference, with who recorded it in small type so that a reader can ask them. */
    private static PdfPCell decision(AdoptionLine line) {
        Phrase phrase = CELL.phrase(DocumentText.orDash(line.decisionReference()));
        if (!isBlank(line.recordedBy())) {
            phrase.add(Chunk.NEWLINE);
            phrase.add(HouseStyle.NOTE.chunk("vastgelegd door " + line.recordedBy()));
        }
        return Tables.cell(phrase);
    }
}
