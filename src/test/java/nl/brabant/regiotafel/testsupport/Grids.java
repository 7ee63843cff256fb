package nl.brabant.regiotafel.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import java.util.ArrayList;
import java.util.List;

/** What a grid shows, read in a browserless view test as a person reads it. */
public final class Grids {

    private static final String ISO_DATE = ".*\\d{4}-\\d{2}-\\d{2}.*";
    private static final String DUTCH_DATE =
            "\\d{1,2} (jan|feb|mrt|apr|mei|jun|jul|aug|sep|okt|nov|dec) \\d{4}";

    private Grids() {}

    /** The text of every cell, row by row. */
    public static List<String> cells(Grid<?> grid) {
        return texts(grid);
    }

    /**
     * Fails unless the cells show dates as a Dutch reader writes them ("3 mrt 2026"): no cell holds
     * an ISO date, and at least one cell is a Dutch date.
     */
    public static void assertDutchDatesNotIso(String what, List<String> cells) {
        assertThat(cells)
                .as(what)
                .noneMatch(t -> t.matches(ISO_DATE))
                .anyMatch(t -> t.matches(DUTCH_DATE));
    }

    private static <T> List<String> texts(Grid<T> grid) {
        GridTester<Grid<T>, T> tester = new GridTester<>(grid);
        List<String> texts = new ArrayList<>();
        for (int row = 0; row < tester.size(); row++) {
            for (int column = 0; column < grid.getColumns().size(); column++) {
                texts.add(tester.getCellText(row, column));
            }
        }
        return texts;
    }
}
