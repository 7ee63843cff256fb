package nl.brabant.regiotafel.monitor.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import nl.brabant.regiotafel.base.pdf.ArchivePdf;
import nl.brabant.regiotafel.base.pdf.HouseStyle;
import nl.brabant.regiotafel.base.pdf.PageFooter;
import nl.brabant.regiotafel.monitor.export.MonitorLayout;
import org.openpdf.text.Document;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The report as PDF/A-2u, A4 landscape like the monitor's own PDF (its tables are as wide): title,
 * summary, then each section with its chart and table.
 */
final class ReportPdf {

    private static final float SECTION_ROOM = 90;
    private static final float CHART_HEIGHT_SHARE = 0.6f;

    private ReportPdf() {}

    static byte[] write(
            String title, String subtitle, List<String> summary, List<ReportSection> sections) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Rectangle landscape = new Rectangle(PageSize.A4.getHeight(), PageSize.A4.getWidth());
        Document document = new Document(landscape, 40, 40, 36, 50);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(new PageFooter(title + " – " + subtitle, HouseStyle.NOTE, 560, 300));
        ArchivePdf.open(document, writer, title, subtitle);
        MonitorLayout.title(document, title, subtitle);
        HouseStyle.section(document, "Samenvatting");
        for (String sentence : summary) {
            Paragraph line = HouseStyle.BODY.paragraph("• " + sentence);
            line.setIndentationLeft(10);
            line.setFirstLineIndent(-10);
            line.setSpacingAfter(3);
            document.add(line);
        }
        for (ReportSection section : sections) {
            Image chart = section.chart() == null ? null : chart(document, section.chart());
            float room = SECTION_ROOM + (chart == null ? 0 : chart.getScaledHeight());
            if (writer.getVerticalPosition(true) - document.bottom() < room) {
                document.newPage();
            }
            HouseStyle.section(document, section.heading());
            if (section.note() != null) {
                document.add(HouseStyle.note(section.note()));
            }
            if (chart != null) {
                document.add(chart);
            }
            MonitorLayout.table(document, section.header(), section.rows());
        }
        document.close();
        return out.toByteArray();
    }

    private static Image chart(Document document, byte[] png) {
        try {
            Image image = Image.getInstance(png);
            image.scaleToFit(
                    document.right() - document.left(),
                    (document.top() - document.bottom()) * CHART_HEIGHT_SHARE);
            image.setAlignment(Image.MIDDLE);
            return image;
        } catch (IOException e) {
            throw new IllegalArgumentException("chart is not a readable image", e);
        }
    }
}
