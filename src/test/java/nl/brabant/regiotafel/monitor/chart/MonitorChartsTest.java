package nl.brabant.regiotafel.monitor.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class MonitorChartsTest {

    private static final byte[] PNG_SIGNATURE = {
        (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'
    };
    private static final Path PREVIEW = Path.of("target", "chart-preview");

    private final MonitorCharts charts = new MonitorCharts();

    @Test
    void rendersHeadless() {
        assertThat(GraphicsEnvironment.isHeadless()).isTrue();
    }

    @Test
    void theSameFiguresAreDrawnOnceAndChangedFiguresAreDrawnAgain() {
        LinkedHashMap<String, List<Number>> series = new LinkedHashMap<>();
        series.put("Huisvesting", List.of(12, 7));
        series.put("Werk", List.of(3, 4));
        byte[] first = charts.groupedBars("Thema's", List.of("HVB", "BRE"), series, "Aantal");
        LinkedHashMap<String, List<Number>> same = new LinkedHashMap<>();
        same.put("Huisvesting", List.of(12, 7));
        same.put("Werk", List.of(3, 4));
        assertThat(charts.groupedBars("Thema's", List.of("HVB", "BRE"), same, "Aantal"))
                .isSameAs(first);

        LinkedHashMap<String, List<Number>> changed = new LinkedHashMap<>();
        changed.put("Huisvesting", List.of(12, 8));
        changed.put("Werk", List.of(3, 4));
        byte[] redrawn = charts.groupedBars("Thema's", List.of("HVB", "BRE"), changed, "Aantal");
        assertThat(redrawn).isNotSameAs(first).isNotEqualTo(first);
        // Series order decides colours and legend: another order is another picture.
        LinkedHashMap<String, List<Number>> reordered = new LinkedHashMap<>();
        reordered.put("Werk", List.of(3, 4));
        reordered.put("Huisvesting", List.of(12, 7));
        assertThat(charts.groupedBars("Thema's", List.of("HVB", "BRE"), reordered, "Aantal"))
                .isNotSameAs(first);
    }

    @Test
    void groupedBarsArePngOfTheRightSize() throws IOException {
        LinkedHashMap<String, List<Number>> series = new LinkedHashMap<>();
        series.put("Huisvesting", List.of(12, 7, 15, 4));
        series.put("Werk en inkomen", List.of(9, 11, 6, 8));
        series.put("Zorg", List.of(3, 5, 2, 6));
        series.put("Taal en inburgering", List.of(7, 2, 9, 1));
        byte[] png =
                charts.groupedBars(
                        "Signalen per regio en thema, één kwartaal",
                        List.of(
                                "West-Brabant",
                                "Midden-Brabant",
                                "Noordoost-Brabant",
                                "Zuidoost-Brabant"),
                        series,
                        "Aantal signalen");

        assertPng(png, 900, 420);
        preview("grouped-bars.png", png);
    }

    @Test
    void linesArePngOfTheRightSize() throws IOException {
        LinkedHashMap<String, List<Number>> series = new LinkedHashMap<>();
        series.put("West-Brabant", List.of(120, 135, 128, 150, 162));
        series.put("Midden-Brabant", List.of(80, 95, 110, 104, 118));
        series.put("Noordoost-Brabant", List.of(60, 58, 72, 81, 79));
        series.put("Zuidoost-Brabant", List.of(140, 150, 149, 170, 185));
        List<LocalDate> dates =
                List.of(
                        LocalDate.of(2025, 1, 1),
                        LocalDate.of(2025, 4, 1),
                        LocalDate.of(2025, 7, 1),
                        LocalDate.of(2025, 10, 1),
                        LocalDate.of(2026, 1, 1));
        byte[] png =
                charts.lines(
                        "Geregistreerde arbeidsmigranten per regio (geschat, ‘peildatum’)",
                        dates,
                        series,
                        "Aantal personen");

        assertPng(png, 900, 380);
        preview("lines.png", png);
    }

    @Test
    void emptyInputGivesAValidPng() throws IOException {
        byte[] empty =
                charts.groupedBars("Geen gegevens", List.of(), new LinkedHashMap<>(), "Aantal");
        assertPng(empty, 900, 420);
        preview("empty-bars.png", empty);
        assertPng(charts.groupedBars(null, null, null, null), 900, 420);
        LinkedHashMap<String, List<Number>> emptySeries = new LinkedHashMap<>();
        emptySeries.put("Leeg", List.of());
        byte[] emptyLines = charts.lines("Geen metingen", List.of(), emptySeries, "Aantal");
        assertPng(emptyLines, 900, 380);
        preview("empty-lines.png", emptyLines);
        assertPng(
                charts.groupedBars(
                        "Wel regio's, geen thema's", List.of("Oss", "Uden"), emptySeries, "Aantal"),
                900,
                420);
        assertPng(
                charts.lines(
                        "Wel data, geen reeksen",
                        List.of(LocalDate.of(2026, 1, 1)),
                        null,
                        "Aantal"),
                900,
                380);
        assertPng(charts.lines(null, null, null, null), 900, 380);
    }

    @Test
    void dutchCharactersInTextsAreRendered() throws IOException {
        LinkedHashMap<String, List<Number>> series = new LinkedHashMap<>();
        series.put("Coördinatie & overleg", List.of(1, 2));
        byte[] png =
                charts.groupedBars(
                        "Ëén café, ’s-Hertogenbosch — reünie",
                        List.of("Oss", "’s-Hertogenbosch"),
                        series,
                        "Aantal (€)");
        assertPng(png, 900, 420);
        preview("dutch-small-values.png", png);
    }

    @Test
    void mismatchedSeriesAreRejectedClearly() {
        LinkedHashMap<String, List<Number>> series = new LinkedHashMap<>();
        series.put("Te kort", List.of(1));
        assertThatThrownBy(() -> charts.groupedBars("t", List.of("a", "b"), series, "y"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Te kort");
    }

    private static void assertPng(byte[] png, int width, int height) throws IOException {
        assertThat(Arrays.copyOf(png, PNG_SIGNATURE.length)).isEqualTo(PNG_SIGNATURE);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isEqualTo(width);
        assertThat(image.getHeight()).isEqualTo(height);
    }

    /** Samples for a human to look at; the build directory, so nothing lands in the source tree. */
    private static void preview(String name, byte[] png) throws IOException {
        Files.createDirectories(PREVIEW);
        Files.write(PREVIEW.resolve(name), png);
    }
}
