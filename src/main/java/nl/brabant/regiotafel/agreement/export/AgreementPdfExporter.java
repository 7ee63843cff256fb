package nl.brabant.regiotafel.agreement.export;

import static nl.brabant.regiotafel.agreement.export.AgreementLayout.SMALL_CELL;
import static nl.brabant.regiotafel.agreement.export.AgreementLayout.SMALL_CELL_BOLD;
import static nl.brabant.regiotafel.agreement.export.AgreementLayout.cell;
import static nl.brabant.regiotafel.base.format.DocumentText.isBlank;
import static nl.brabant.regiotafel.base.format.DocumentText.orEmpty;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Objects;
import nl.brabant.regiotafel.base.format.DateFormats;
import nl.brabant.regiotafel.base.format.DocumentText;
import nl.brabant.regiotafel.base.pdf.ArchivePdf;
import nl.brabant.regiotafel.base.pdf.HouseStyle;
import nl.brabant.regiotafel.base.pdf.PageFooter;
import nl.brabant.regiotafel.base.pdf.Tables;
import org.openpdf.text.Document;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

/**
 * Prints one version of an agreement as a Dutch A4 PDF/A-2u file, fit for the archive: title page
 * with adoptions, articles, commitments.
 */
@Component
public class AgreementPdfExporter {

    /**
     * Below this much room a heading would end up alone at the foot of a page, so it starts the
     * next one.
     */
    private static final float ARTICLE_HEADING_ROOM = 70;

    private static final float SECTION_ROOM = 120;

    public byte[] export(AgreementDocument agreement) {
        Objects.requireNonNull(agreement, "agreement");
        String title = isBlank(agreement.title()) ? TitlePage.HEADING : agreement.title();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 50, 60);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(new PageFooter(title, HouseStyle.NOTE, 400, 220));
        String themes = DocumentText.joined(agreement.themeLabels());
        if (!themes.isEmpty()) {
            document.addKeywords(themes);
        }
        ArchivePdf.open(document, writer, title, subject(agreement));
        TitlePage.write(document, agreement);
        document.newPage();
        articles(document, writer, orEmpty(agreement.articles()));
        commitments(document, writer, orEmpty(agreement.commitments()));
        document.close();
        return out.toByteArray();
    }

    /**
     * "Intergemeentelijke afspraken arbeidsmigratie – Regio Hart van Brabant, versie Vastgesteld
     * 1.0 van 13 maart 2026, status Vastgesteld": what an archivist reads in the file's properties.
     */
    private static String subject(AgreementDocument agreement) {
        String subject = TitlePage.HEADING;
        if (!isBlank(agreement.regionName())) {
            subject += " – " + agreement.regionName();
        }
        if (!isBlank(agreement.versionName())) {
            subject += ", versie " + agreement.versionName();
        }
        if (agreement.versionCreatedAt() != null) {
            subject += " van " + DateFormats.documentLongDate(agreement.versionCreatedAt());
        }
        if (!isBlank(agreement.statusLabel())) {
            subject += ", status " + agreement.statusLabel();
        }
        return subject;
    }

    private static void articles(Document document, PdfWriter writer, List<ArticleLine> articles) {
        if (articles.isEmpty()) {
            document.add(HouseStyle.note("Geen artikelen vastgelegd."));
            return;
        }
        boolean first = true;
        for (ArticleLine article : articles) {
            keepWithNext(document, writer, ARTICLE_HEADING_ROOM);
            Paragraph heading = AgreementLayout.ARTICLE.paragraph(articleHeading(article));
            heading.setSpacingBefore(first ? 0 : 14);
            heading.setSpacingAfter(1);
            document.add(heading);
            ArticleBody.elements(article.plainBody()).forEach(document::add);
            first = false;
        }
    }

    /** "Artikel 3 – Huisvesting"; an article without a heading is just "Artikel 3". */
    private static String articleHeading(ArticleLine article) {
        String number = "Artikel " + article.number();
        return isBlank(article.heading()) ? number : number + " – " + article.heading().strip();
    }

    private static void commitments(
            Document document, PdfWriter writer, List<CommitmentLine> commitments) {
        keepWithNext(document, writer, SECTION_ROOM);
        HouseStyle.section(document, "Toezeggingen");
        if (commitments.isEmpty()) {
            document.add(HouseStyle.note("Geen toezeggingen vastgelegd."));
            return;
        }
        PdfPTable table =
                Tables.table(
                        new float[] {22, 13, 11, 14, 10.5f, 12, 10.5f, 9},
                        SMALL_CELL_BOLD,
                        "Omschrijving",
                        "Eigenaar",
                        "Thema",
                        "Doel",
                        "Deadline",
                        "Indicator",
                        "Voortgang",
                        "Status");
        for (CommitmentLine line : commitments) {
            table.addCell(cell(line.description(), SMALL_CELL));
            table.addCell(cell(line.owner(), SMALL_CELL));
            table.addCell(cell(line.themeLabel(), SMALL_CELL));
            table.addCell(cell(line.target(), SMALL_CELL));
            table.addCell(cell(DateFormats.documentDate(line.deadline()), SMALL_CELL));
            table.addCell(cell(line.indicator(), SMALL_CELL));
            table.addCell(cell(line.progress(), SMALL_CELL));
            table.addCell(cell(line.statusLabel(), SMALL_CELL));
        }
        document.add(table);
    }

    private static void keepWithNext(Document document, PdfWriter writer, float room) {
        if (writer.getVerticalPosition(true) - document.bottom() < room) {
            document.newPage();
        }
    }
}
