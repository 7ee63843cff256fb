package nl.brabant.regiotafel.monitor.ui;

import static nl.brabant.regiotafel.testsupport.Grids.assertDutchDatesNotIso;
import static nl.brabant.regiotafel.testsupport.Grids.cells;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import nl.brabant.regiotafel.IntegrationTest;
import nl.brabant.regiotafel.shell.ui.NotFoundView;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
@ViewPackages(packages = "nl.brabant.regiotafel")
class MonitorViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("coordinator")
    void theCoordinatorSeesAllSevenRegionsTheThemeTableAndEveryMunicipality() {
        navigate(MonitorView.class);
        assertThat(test($(Grid.class).id("dashboard")).size()).isEqualTo(7);
        assertThat(test($(Grid.class).id("theme-table")).size()).isGreaterThanOrEqualTo(4);
        assertThat(test($(Grid.class).id("policies")).size()).isEqualTo(56);
    }

    @Test
    @WithUserDetails("coordinator")
    void policyDatesReadAsDutchDatesNotIso() {
        navigate(MonitorView.class);
        for (String id : List.of("policy-counts", "policies")) {
            assertDutchDatesNotIso(id, cells($(Grid.class).id(id)));
        }
    }

    @Test
    @WithUserDetails("ambtenaar.sge")
    void anOfficerSeesOnlyTheOwnRegion() {
        navigate(MonitorView.class);
        assertThat(test($(Grid.class).id("dashboard")).size()).isEqualTo(1);
        assertThat(test($(Grid.class).id("policies")).size()).isEqualTo(8);
    }

    @Test
    @WithUserDetails("coordinator")
    void theMeetingFigureSaysWhichNumberIsHeldAndWhichPlanned() {
        navigate(MonitorView.class);
        Grid<?> dashboard = $(Grid.class).id("dashboard");
        var tester = test(dashboard);
        for (int row = 0; row < tester.size(); row++) {
            assertThat(((Button) tester.getCellComponent(row, 1)).getText())
                    .matches("\\d+ gehouden, \\d+ gepland");
        }
        assertThat(cells($(Grid.class).id("theme-table"))).contains("Provincie totaal");
    }

    @Test
    @WithUserDetails("coordinator")
    void theRegionGridFitsA1366PixelScreen() {
        navigate(MonitorView.class);
        Grid<?> dashboard = $(Grid.class).id("dashboard");
        assertThat(dashboard.getThemeNames()).contains("wrap-cell-content");
        assertThat(dashboard.getColumns()).noneMatch(Grid.Column::isAutoWidth);
        // 1366 px less the 16rem menu and the page's padding leaves about 66rem at 16 px.
        double rem =
                dashboard.getColumns().stream()
                        .mapToDouble(c -> Double.parseDouble(c.getWidth().replace("rem", "")))
                        .sum();
        assertThat(rem).isLessThanOrEqualTo(64);
    }

    @Test
    @WithUserDetails("ambtenaar.sge")
    void aRegionalUsersTotalSaysItIsTheirOwnRegion() {
        navigate(MonitorView.class);
        assertThat(cells($(Grid.class).id("theme-table")))
                .contains("Totaal van uw regio")
                .doesNotContain("Provincie totaal");
    }

    @Test
    @WithUserDetails("uitzendbureau.sge")
    void anAgencyGetsNotFound() {
        navigate("monitor", Component.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }
}
