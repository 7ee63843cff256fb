package nl.brabant.regiotafel.monitor.chart;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.springframework.stereotype.Component;

/**
 * Renders monitor figures as PNG. Texts (titles, category and series names) come from the caller,
 * already in Dutch; this class only decides the look.
 *
 * <p>Longer than 250 lines: its two chart kinds share one look (styling, empty charts, checks of
 * the series), which is what the class is for.
 */
@Component
public class MonitorCharts {

    static {
        // AWT must not look for a display on the server; respect an explicit choice made elsewhere.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private static final Color[] PALETTE = {
        Color.decode("#1f77b4"), Color.decode("#ff7f0e"), Color.decode("#2ca02c"),
                Color.decode("#9467bd"),
        Color.decode("#8c564b"), Color.decode("#d62728"), Color.decode("#17becf"),
                Color.decode("#7f7f7f")
    };

    // Lines differ in marker shape and dash pattern too, so they can be told apart without colour.
    private static final Marker[] MARKERS = {
        SeriesMarkers.CIRCLE,
        SeriesMarkers.SQUARE,
        SeriesMarkers.DIAMOND,
        SeriesMarkers.TRIANGLE_UP,
        SeriesMarkers.TRIANGLE_DOWN,
        SeriesMarkers.CROSS
    };
    private static final BasicStroke[] STROKES = {
        SeriesLines.SOLID, SeriesLines.DASH_DASH, SeriesLines.DOT_DOT, SeriesLines.DASH_DOT
    };

    private static final Color INVISIBLE = new Color(0, 0, 0, 0);
    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final String FONT = Font.SANS_SERIF;

    /**
     * Drawn charts by what they show. Everyone in a region (and every province user) sees the same
     * figures, and drawing one costs tens of milliseconds of CPU: under load the monitor spent most
     * of its time redrawing identical pictures. The key is the full content, so a changed figure is
     * a new picture, never a stale one; the pictures are shared, not copied per session.
     */
    private final Cache<List<Object>, byte[]> drawn =
            Caffeine.newBuilder()
                    .maximumWeight(32L * 1024 * 1024)
                    .weigher((List<Object> key, byte[] png) -> png.length)
                    .expireAfterAccess(Duration.ofMinutes(30))
                    .build();

    private static List<Object> key(
            String kind,
            String title,
            List<?> xs,
            LinkedHashMap<String, List<Number>> series,
            String yAxisTitle) {
        List<Object> values = new ArrayList<>();
        if (series != null) {
            series.forEach(
                    (name, points) -> {
                        values.add(String.valueOf(name));
                        values.add(points == null ? List.of() : new ArrayList<>(points));
                    });
        }
        return List.of(
                kind,
                String.valueOf(title),
                xs == null ? List.of() : new ArrayList<>(xs),
                values,
                String.valueOf(yAxisTitle));
    }

    /** A grouped bar chart, 900×420: one group per category, one bar per series. */
    public byte[] groupedBars(
            String title,
            List<String> categories,
            LinkedHashMap<String, List<Number>> series,
            String yAxisTitle) {
        return drawn.get(
                key("bars", title, categories, series, yAxisTitle),
                k -> drawGroupedBars(title, categories, series, yAxisTitle));
    }

    private byte[] drawGroupedBars(
            String title,
            List<String> categories,
            LinkedHashMap<String, List<Number>> series,
            String yAxisTitle) {
        CategoryChart chart =
                new CategoryChartBuilder()
                        .width(900)
                        .height(420)
                        .title(nonNull(title))
                        .yAxisTitle(nonNull(yAxisTitle))
                        .build();
        style(chart.getStyler());
        chart.getStyler().setOverlapped(false);
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setPlotGridVerticalLinesVisible(false);

        List<String> cats = categories == null ? List.of() : categories;
        Map<String, List<Number>> data = nonEmpty(series);
        if (cats.isEmpty() || data.isEmpty()) {
            if (cats.isEmpty()) {
                cats = List.of(" ");
                chart.getStyler().setXAxisTicksVisible(false);
            }
            chart.addSeries(" ", cats, zeros(cats.size())).setFillColor(INVISIBLE);
            showAsEmpty(chart.getStyler());
            return png(chart);
        }
        for (Map.Entry<String, List<Number>> entry : data.entrySet()) {
            requireSameSize(entry.getKey(), entry.getValue(), cats.size());
            chart.addSeries(entry.getKey(), cats, entry.getValue());
        }
        return png(chart);
    }

    /** A line chart over time, 900×380, with markers on every measurement. */
    public byte[] lines(
            String title,
            List<LocalDate> dates,
            LinkedHashMap<String, List<Number>> series,
            String yAxisTitle) {
        return drawn.get(
                key("lines", title, dates, series, yAxisTitle),
                k -> drawLines(title, dates, series, yAxisTitle));
    }

    private byte[] drawLines(
            String title,
            List<LocalDate> dates,
            LinkedHashMap<String, List<Number>> series,
            String yAxisTitle) {
        XYChart chart =
                new XYChartBuilder()
                        .width(900)
                        .height(380)
                        .title(nonNull(title))
                        .yAxisTitle(nonNull(yAxisTitle))
                        .build();
        style(chart.getStyler());
        // Time runs as fractional years, so a tick falls on 1 January and reads as its year
        // ("2019"), and a
        // measurement later in a year sits where it belongs between two ticks. (A date axis puts
        // its ticks at
        // evenly spaced instants that match no measurement: "20-12-2018" under a point of
        // 1-1-2019.)
        chart.getStyler().setXAxisDecimalPattern("0");
        chart.setCustomXAxisTickLabelsFormatter(
                x -> x == Math.rint(x) ? String.valueOf(Math.round(x)) : "");
        chart.getStyler().setMarkerSize(8);

        List<Double> xs = new ArrayList<>();
        for (LocalDate date : dates == null ? List.<LocalDate>of() : dates) {
            xs.add(yearFraction(date));
        }
        Map<String, List<Number>> data = nonEmpty(series);
        if (xs.isEmpty() || data.isEmpty()) {
            if (xs.isEmpty()) {
                xs = List.of(0.0);
                chart.getStyler().setXAxisTicksVisible(false);
            }
            XYSeries placeholder = chart.addSeries(" ", xs, zeros(xs.size()));
            placeholder.setMarker(SeriesMarkers.NONE);
            placeholder.setLineColor(INVISIBLE);
            showAsEmpty(chart.getStyler());
            return png(chart);
        }
        int index = 0;
        for (Map.Entry<String, List<Number>> entry : data.entrySet()) {
            requireSameSize(entry.getKey(), entry.getValue(), xs.size());
            XYSeries line = chart.addSeries(entry.getKey(), xs, entry.getValue());
            line.setMarker(MARKERS[index % MARKERS.length]);
            line.setLineStyle(STROKES[index % STROKES.length]);
            line.setLineWidth(2.5f);
            index++;
        }
        return png(chart);
    }

    /** 2019-01-01 is 2019.0, 2026-12-01 is about 2026.92. */
    static double yearFraction(LocalDate date) {
        return date.getYear() + (date.getDayOfYear() - 1) / (double) date.lengthOfYear();
    }

    private static void style(AxesChartStyler styler) {
        styler.setLocale(DUTCH);
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setPlotBorderVisible(false);
        styler.setPlotGridLinesColor(new Color(0xDD, 0xDD, 0xDD));
        styler.setChartTitleBoxVisible(false);
        styler.setChartTitleFont(new Font(FONT, Font.BOLD, 18));
        styler.setAxisTitleFont(new Font(FONT, Font.PLAIN, 14));
        styler.setAxisTickLabelsFont(new Font(FONT, Font.PLAIN, 13));
        styler.setAxisTickLabelsColor(new Color(0x33, 0x33, 0x33));
        styler.setLegendFont(new Font(FONT, Font.PLAIN, 13));
        // One entry under the other, right of the plot: a row below it was cut off once the four
        // theme names
        // ("Samenleving en sociaal domein", ...) were wider than the picture.
        styler.setLegendPosition(Styler.LegendPosition.OutsideE);
        styler.setLegendLayout(Styler.LegendLayout.Vertical);
        styler.setLegendBorderColor(Color.WHITE);
        styler.setSeriesColors(PALETTE);
        styler.setYAxisDecimalPattern("#,##0");
        styler.setAntiAlias(true);
    }

    /**
     * XChart cannot paint a chart without a series, so "no data" is an invisible series of zeros on
     * a plot without value labels or legend: a valid, honestly empty picture.
     */
    private static void showAsEmpty(AxesChartStyler styler) {
        styler.setYAxisTicksVisible(false);
        styler.setPlotGridLinesVisible(false);
        styler.setLegendVisible(false);
    }

    private static List<Number> zeros(int size) {
        return new ArrayList<>(Collections.nCopies(size, 0));
    }

    /**
     * Series without values are left out: XChart refuses them, and an empty chart is the honest
     * picture.
     */
    private static Map<String, List<Number>> nonEmpty(Map<String, List<Number>> series) {
        Map<String, List<Number>> result = new LinkedHashMap<>();
        if (series != null) {
            series.forEach(
                    (name, values) -> {
                        if (values != null && !values.isEmpty()) {
                            result.put(nonNull(name), values);
                        }
                    });
        }
        return result;
    }

    private static void requireSameSize(String name, List<Number> values, int expected) {
        if (values.size() != expected) {
            throw new IllegalArgumentException(
                    "Series '"
                            + name
                            + "' has "
                            + values.size()
                            + " values for "
                            + expected
                            + " points");
        }
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    private static byte[] png(Chart<?, ?> chart) {
        try {
            return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not encode chart as PNG", e);
        }
    }
}
