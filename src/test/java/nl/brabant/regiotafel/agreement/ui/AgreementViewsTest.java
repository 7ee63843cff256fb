package nl.brabant.regiotafel.agreement.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import nl.brabant.regiotafel.IntegrationTest;
import nl.brabant.regiotafel.base.ui.NotFoundView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** The agreement page per role, on the demo agreements of the evaluation's Table 3. */
@IntegrationTest
@ViewPackages(packages = "nl.brabant.regiotafel")
class AgreementViewsTest extends SpringBrowserlessTest {

    @Autowired JdbcTemplate jdbc;

    private String demoAgreement(String region) {
        long id = jdbc.queryForObject("SELECT MIN(a.id) FROM agreement a JOIN region r ON r.id = a.region_id "
                + "WHERE r.code = ? AND a.title LIKE 'Intergemeentelijke afspraken%'", Long.class, region);
        return "regio/" + region + "/afspraken/" + id;
    }

    @Test
    @WithUserDetails("ambtenaar.wbw")
    void anOfficerEditsTheConcept() {
        navigate(demoAgreement("WBW"), AgreementView.class);
        assertThat($(Span.class).id("agreement-status").getText()).isEqualTo("Concept");
        assertThat($(Button.class).all()).anyMatch(b -> b.hasClassName("edit-article"));
        assertThat($(Component.class).all()).anyMatch(c -> c.getId().filter("presence"::equals).isPresent());
    }

    @Test
    @WithUserDetails("uitzendbureau.wbw")
    void aConceptDoesNotExistForAnAgency() {
        navigate(demoAgreement("WBW"), Component.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    @Test
    @WithUserDetails("uitzendbureau.hvb")
    void anAgencyReadsTheAdoptedAgreementAndItsCommitmentsButEditsNothing() {
        navigate(demoAgreement("HVB"), AgreementView.class);
        assertThat($(H2.class).id("agreement-title").getText()).contains("Hart van Brabant");
        assertThat($(Span.class).id("agreement-status").getText()).isEqualTo("Vastgesteld");
        assertThat($(Button.class).all()).noneMatch(b -> b.hasClassName("edit-article"));
        $(TabSheet.class).single().setSelectedIndex(2);
        assertThat(test($(Grid.class).id("commitments")).size()).isEqualTo(2);
    }

    @Test
    @WithUserDetails("monitor")
    void theMonitorReadsTheAuditLog() {
        navigate(demoAgreement("SGE"), AgreementView.class);
        TabSheet tabs = $(TabSheet.class).single();
        tabs.setSelectedIndex(4);
        assertThat(test($(Grid.class).id("audit")).size()).isGreaterThan(5);
        tabs.setSelectedIndex(3);
        assertThat(test($(Grid.class).id("adoptions")).size()).isEqualTo(8);
    }
}
