package nl.brabant.regiotafel.monitor.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import nl.brabant.regiotafel.base.docx.WordStyle;
import nl.brabant.regiotafel.base.docx.WordTables;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * The report as an editable Word document, so the province can add its own text before it goes to
 * Provinciale Staten: the same title, summary and sections as the PDF, the charts as pictures.
 */
final class ReportWord {

    /** The charts are drawn 900 pixels wide; on an A4 page with normal margins 16 cm fits. */
    private static final int CHART_WIDTH_CM = 16;

    private ReportWord() {}

    static byte[] write(
            String title, String subtitle, List<String> summary, List<ReportSection> sections) {
        try (XWPFDocument document = WordStyle.create()) {
            document.getProperties().getCoreProperties().setTitle(title);
            document.getProperties().getCoreProperties().setDescription(subtitle);
            WordStyle.styled(document, WordStyle.TITLE, title);
            WordStyle.styled(document, WordStyle.SUBTITLE, subtitle);
            WordStyle.heading(document, 1, "Samenvatting");
            for (String sentence : summary) {
                WordStyle.paragraph(document, "• " + sentence);
            }
            for (ReportSection section : sections) {
                WordStyle.heading(document, 1, section.heading());
                if (section.note() != null) {
                    WordStyle.note(document, section.note());
                }
                if (section.chart() != null) {
                    picture(document, section.chart(), section.heading());
                }
                if (section.rows().isEmpty()) {
                    WordStyle.note(document, "Geen gegevens.");
                } else {
                    XWPFTable table =
                            WordTables.table(document, section.header().toArray(String[]::new));
                    for (List<String> row : section.rows()) {
                        WordTables.row(table, row.toArray(String[]::new));
                    }
                }
            }
            WordStyle.footer(document, title + " – " + subtitle);
            return WordStyle.bytes(document);
        } catch (IOException e) {
            throw new IllegalStateException("could not write the report", e);
        }
    }

    private static void picture(XWPFDocument document, byte[] png, String name) throws IOException {
        // The charts' own proportions (900 x 420) keep their shape.
        double heightCm = CHART_WIDTH_CM * 420.0 / 900.0;
        try {
            document.createParagraph()
                    .createRun()
                    .addPicture(
                            new ByteArrayInputStream(png),
                            Document.PICTURE_TYPE_PNG,
                            name + ".png",
                            CHART_WIDTH_CM * Units.EMU_PER_CENTIMETER,
                            (int) Math.round(heightCm * Units.EMU_PER_CENTIMETER));
        } catch (InvalidFormatException e) {
            throw new IllegalArgumentException("chart is not a PNG", e);
        }
    }
}
