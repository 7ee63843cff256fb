package nl.brabant.regiotafel.monitor.chart;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Throwaway, not committed. */
class TmpChartDumpTest {

    @Test
    void dump() throws Exception {
        MonitorCharts charts = new MonitorCharts();
        List<LocalDate> dates = new ArrayList<>();
        for (int y = 2019; y <= 2026; y++) {
            dates.add(LocalDate.of(y, 1, 1));
        }
        dates.add(LocalDate.of(2026, 12, 1));
        LinkedHashMap<String, List<Number>> s = new LinkedHashMap<>();
        s.put("Geen beleid", List.of(40, 35, 20, 15, 12, 10, 8, 6, 6));
        s.put("In voorbereiding", List.of(10, 12, 6, 8, 8, 9, 8, 8, 7));
        s.put("Actueel (huisvesting)", List.of(4, 6, 20, 20, 22, 22, 24, 25, 25));
        s.put("Actueel (integraal)", List.of(2, 3, 10, 13, 14, 15, 16, 17, 18));
        Path dir = Path.of("target/screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve("chart-lines.png"), charts.lines("Gemeenten per status", dates, s, "Aantal gemeenten"));
        LinkedHashMap<String, List<Number>> b = new LinkedHashMap<>();
        List<String> cats = List.of("BRE", "HVB", "NOB", "PEEL", "SGE", "WBW", "ZOB", "Provincie totaal");
        for (String t : List.of("Huisvesting en leefomgeving", "Economie en arbeidsmarkt", "Samenleving en sociaal domein",
                "Handhaving en veiligheid")) {
            b.put(t, List.of(5, 4, 3, 6, 2, 3, 4, 27));
        }
        Files.write(dir.resolve("chart-bars.png"), charts.groupedBars("Aandacht per thema per regio", cats, b,
                "Agendapunten, besluiten en toezeggingen"));
    }
}
