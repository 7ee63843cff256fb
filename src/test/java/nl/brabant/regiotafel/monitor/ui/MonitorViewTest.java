package nl.brabant.regiotafel.monitor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import nl.brabant.regiotafel.IntegrationTest;
import nl.brabant.regiotafel.base.ui.NotFoundView;
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
    @WithUserDetails("ambtenaar.sge")
    void anOfficerSeesOnlyTheOwnRegion() {
        navigate(MonitorView.class);
        assertThat(test($(Grid.class).id("dashboard")).size()).isEqualTo(1);
        assertThat(test($(Grid.class).id("policies")).size()).isEqualTo(8);
    }

    @Test
    @WithUserDetails("uitzendbureau.sge")
    void anAgencyGetsNotFound() {
        navigate("monitor", Component.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }
}
