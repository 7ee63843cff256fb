package nl.brabant.regiotafel.monitor.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import nl.brabant.regiotafel.base.pdf.HouseStyle;
import nl.brabant.regiotafel.base.pdf.PageFooter;
import org.openpdf.text.Document;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

/**
 * Prints the monitor dashboard as a Dutch A4 landscape PDF: the region table, then themes and
 * policy frameworks, each with its chart and table. Wide tables and charts are why it is landscape,
 * unlike the other exports.
 */
@Component
public class MonitorPdf {

    private static final String DEFAULT_TITLE = "Monitor arbeidsmigratie";

    /**
     * Below this much room a heading would end up alone at the foot of a page, so it starts the
     * next one.
     */
    private static final float SECTION_ROOM = 90;

    /** Leaves room on the chart's page for its heading and the start of its table. */
    private static final float CHART_HEIGHT_SHARE = 0.7f;

    /**
     * Text is printed as given, never interpreted; a missing cell prints as "—", an empty table as
     * "Geen gegevens." and a missing chart is left out. Chart bytes must be an image OpenPDF reads
     * (PNG, JPEG, GIF).
     */
    public byte[] dashboard(
            String title,
            String subtitle,
            List<String> header,
            List<List<String>> rows,
            byte[] themeChartPng,
            List<String> themeHeader,
            List<List<String>> themeRows,
            byte[] policyChartPng,
            List<String> policyHeader,
            List<List<String>> policyRows) {
        String shownTitle = title == null || title.isBlank() ? DEFAULT_TITLE : title;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // A landscape media box rather than A4.rotate(), which writes a portrait page with /Rotate
        // 90: that reads
        // back as portrait and some print paths ignore the rotation.
        Rectangle landscape = new Rectangle(PageSize.A4.getHeight(), PageSize.A4.getWidth());
        Document document = new Document(landscape, 40, 40, 36, 50);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(new PageFooter(shownTitle, HouseStyle.NOTE, 560, 300));
        HouseStyle.describe(document, shownTitle, subtitle);
        document.open();
        MonitorLayout.title(document, shownTitle, subtitle);
        MonitorLayout.table(document, header, rows);
        part(document, writer, "Thema's", themeChartPng, themeHeader, themeRows);
        part(document, writer, "Beleidskaders", policyChartPng, policyHeader, policyRows);
        document.close();
        return out.toByteArray();
    }

    private static void part(
            Document document,
            PdfWriter writer,
            String heading,
            byte[] chartPng,
            List<String> header,
            List<List<String>> rows) {
        Image chart = chartPng == null ? null : chart(document, chartPng);
        float room = SECTION_ROOM + (chart == null ? 0 : chart.getScaledHeight());
        if (writer.getVerticalPosition(true) - document.bottom() < room) {
            document.newPage();
        }
        HouseStyle.section(document, heading);
        if (chart != null) {
            document.add(chart);
        }
        MonitorLayout.table(document, header, rows);
    }

    private static Image chart(Document document, byte[] png) {
        try {
            Image image = Image.getInstance(png);
            float width = document.right() - document.left();
            float height = (document.top() - document.bottom()) * CHART_HEIGHT_SHARE;
            // The height cap keeps a tall chart from pushing its own heading onto a page of its
            // own.
            image.scaleToFit(width, height);
            image.setAlignment(Image.MIDDLE);
            return image;
        } catch (IOException e) {
            throw new IllegalArgumentException("chart is not a readable image", e);
        }
    }
}
