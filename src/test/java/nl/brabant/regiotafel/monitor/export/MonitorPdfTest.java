package nl.brabant.regiotafel.monitor.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

class MonitorPdfTest {

    private static final String TITLE = "Monitor arbeidsmigratie Noord-Brabant";
    private static final List<String> REGIONS =
            List.of(
                    "Regio Hart van Brabant",
                    "Stedelijk Gebied Eindhoven",
                    "Regio West-Brabant",
                    "Regio Noordoost-Brabant",
                    "Regio De Kempen",
                    "Regio Peelland",
                    "Regio Helmond-De Peel");

    private final MonitorPdf pdf = new MonitorPdf();

    @Test
    void printsDashboardInLandscape() throws IOException {
        byte[] bytes = sample();
        Files.createDirectories(Path.of("target/pdf-preview"));
        Files.write(Path.of("target/pdf-preview/monitor-dashboard.pdf"), bytes);

        assertThat(new String(bytes, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
        PdfReader reader = new PdfReader(bytes);
        Rectangle page = reader.getPageSize(1);
        assertThat(page.getWidth()).isGreaterThan(page.getHeight());
        assertThat(reader.getInfo()).containsEntry("Title", TITLE);
        String first = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(first)
                .contains(
                        TITLE,
                        "Regio Hart van Brabant",
                        "Stedelijk Gebied Eindhoven",
                        "Pagina 1",
                        "<script>",
                        "—",
                        "alle regio's");
        String all = allText(reader);
        assertThat(all)
                .contains(
                        "Thema's",
                        "Thema",
                        "Huisvesting",
                        "Beleidskaders",
                        "Kader",
                        "Regionale huisvestingsvisie");
        assertThat(all).doesNotContain("Geen gegevens.");
    }

    @Test
    void emptyDashboardSaysThereIsNoData() throws IOException {
        byte[] bytes =
                pdf.dashboard(
                        TITLE, null, List.of(), List.of(), null, List.of(), List.of(), null, null,
                        null);

        assertThat(new String(bytes, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
        String text = allText(new PdfReader(bytes));
        assertThat(text).contains(TITLE, "Geen gegevens.", "Thema's", "Beleidskaders", "Pagina 1");
    }

    @Test
    void longRegionTableRepeatsFooterOnEveryPage() throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            rows.add(List.of(REGIONS.get(i % REGIONS.size()), String.valueOf(i)));
        }
        byte[] bytes =
                pdf.dashboard(
                        TITLE,
                        null,
                        List.of("Regio", "Aantal"),
                        rows,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null);

        PdfReader reader = new PdfReader(bytes);
        assertThat(reader.getNumberOfPages()).isGreaterThan(1);
        String second = new PdfTextExtractor(reader).getTextFromPage(2);
        assertThat(second).contains("Regio", "Aantal", "Pagina 2", TITLE);
    }

    private byte[] sample() throws IOException {
        List<List<String>> regions = new ArrayList<>();
        for (int i = 0; i < REGIONS.size(); i++) {
            regions.add(
                    List.of(
                            REGIONS.get(i),
                            String.valueOf(12 + i),
                            String.valueOf(3 * i),
                            (40 + i) + "%",
                            "25 november 2026"));
        }
        regions.set(
                1,
                Arrays.asList(
                        "Stedelijk Gebied Eindhoven", "<script>", null, "45%", "1 december 2026"));
        List<List<String>> themes =
                List.of(
                        List.of("Huisvesting", "14", "9", "64%"),
                        List.of("Werk en inkomen", "11", "5", "45%"),
                        List.of("Zorg en welzijn", "6", "4", "67%"),
                        List.of("Registratie", "8", "8", "100%"));
        List<List<String>> policies =
                List.of(
                        List.of("Regionale huisvestingsvisie", "5", "Vastgesteld"),
                        List.of("Convenant goed werkgeverschap", "3", "In voorbereiding"),
                        List.of("Actieplan registratie BRP", "7", "Vastgesteld"));
        return pdf.dashboard(
                TITLE,
                "Stand op 25 november 2026 – alle regio's",
                List.of("Regio", "Afspraken", "Toezeggingen", "Voortgang", "Bijgewerkt"),
                regions,
                chart(new Color(0x1f, 0x4e, 0x79)),
                List.of("Thema", "Toezeggingen", "Afgerond", "Voortgang"),
                themes,
                chart(new Color(0xc0, 0x50, 0x20)),
                List.of("Kader", "Regio's", "Status"),
                policies);
    }

    private static byte[] chart(Color bar) throws IOException {
        BufferedImage image = new BufferedImage(900, 420, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 900, 420);
        g.setColor(bar);
        g.fillRect(60, 80, 600, 260);
        g.setColor(Color.BLACK);
        g.drawRect(0, 0, 899, 419);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static String allText(PdfReader reader) throws IOException {
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        return text.toString();
    }
}
