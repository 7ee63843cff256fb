package nl.brabant.regiotafel.agreement.ui;

import static nl.brabant.regiotafel.testsupport.Grids.assertDutchDatesNotIso;
import static nl.brabant.regiotafel.testsupport.Grids.cells;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import nl.brabant.regiotafel.IntegrationTest;
import nl.brabant.regiotafel.shell.ui.NotFoundView;
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
        long id =
                jdbc.queryForObject(
                        "SELECT MIN(a.id) FROM agreement a JOIN region r ON r.id = a.region_id "
                                + "WHERE r.code = ? AND a.title LIKE 'Intergemeentelijke afspraken%'",
                        Long.class, region);
        return "regio/" + region + "/afspraken/" + id;
    }

    @Test
    @WithUserDetails("ambtenaar.wbw")
    void anOfficerEditsTheConcept() {
        navigate(demoAgreement("WBW"), AgreementView.class);
        assertThat($(Span.class).id("agreement-status").getText()).isEqualTo("Concept");
        assertThat($(Button.class).all()).anyMatch(b -> b.hasClassName("edit-article"));
        assertThat($(Component.class).all())
                .anyMatch(c -> c.getId().filter("presence"::equals).isPresent());
    }

    @Test
    @WithUserDetails("ambtenaar.bre")
    void articlesAreMovedInOrderMode() {
        navigate(demoAgreement("BRE"), AgreementView.class);
        assertThat($(Button.class).all()).noneMatch(b -> b.hasClassName("move-down"));
        test($(Button.class).id("reorder-articles")).click();
        List<String> before = headings();
        test($(Button.class).all().stream()
                        .filter(b -> b.hasClassName("move-down"))
                        .findFirst()
                        .orElseThrow())
                .click();
        List<String> after = headings();
        assertThat(after.subList(0, 2)).containsExactly(before.get(1), before.get(0));
        assertThat(after.subList(2, after.size())).isEqualTo(before.subList(2, before.size()));
        // The page stays in order mode after the move, until the person is done.
        assertThat($(Button.class).all()).anyMatch(b -> b.hasClassName("move-down"));
        test($(Button.class).id("reorder-articles")).click();
        assertThat($(Button.class).all()).noneMatch(b -> b.hasClassName("move-down"));
        // Put the demo back as it was.
        test($(Button.class).id("reorder-articles")).click();
        test($(Button.class).all().stream()
                        .filter(b -> b.hasClassName("move-down"))
                        .findFirst()
                        .orElseThrow())
                .click();
        assertThat(headings()).isEqualTo(before);
    }

    @Test
    @WithUserDetails("ambtenaar.bre")
    void savingAnArticleRedrawsItAndTheHistoryIsBuiltAgainFromTheNewText() {
        navigate(demoAgreement("BRE"), AgreementView.class);
        TabSheet tabs = $(TabSheet.class).single();
        tabs.setSelectedIndex(1);
        HistoryPanel before = $(HistoryPanel.class).single();
        tabs.setSelectedIndex(0);
        test($(Button.class).all().stream()
                        .filter(b -> b.hasClassName("edit-article"))
                        .findFirst()
                        .orElseThrow())
                .click();
        var body = $(TextArea.class).id("article-body");
        String marker = "opgeslagen-" + System.nanoTime();
        String original = body.getValue();
        test(body).setValue(original + " " + marker);
        test($(Button.class).id("save-article")).click();
        assertThat($(Div.class).id("articles").getElement().getOuterHTML())
                .contains(marker)
                .doesNotContain("id=\"article-body\"");
        tabs.setSelectedIndex(1);
        assertThat($(HistoryPanel.class).single()).isNotSameAs(before);
        // Put the demo text back.
        tabs.setSelectedIndex(0);
        test($(Button.class).all().stream()
                        .filter(b -> b.hasClassName("edit-article"))
                        .findFirst()
                        .orElseThrow())
                .click();
        test($(TextArea.class).id("article-body")).setValue(original);
        test($(Button.class).id("save-article")).click();
        assertThat($(Div.class).id("articles").getElement().getOuterHTML()).doesNotContain(marker);
    }

    private List<String> headings() {
        // "Artikel 1 – Doel en reikwijdte": the titles in page order, without their numbers.
        return $(H3.class).all().stream()
                .map(h -> h.getText())
                .filter(t -> t.startsWith("Artikel ") && t.contains(" – "))
                .map(t -> t.substring(t.indexOf(" – ") + 3))
                .toList();
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
    @WithUserDetails("uitzendbureau.hvb")
    void deadlinesAndAdoptionDatesReadAsDutchDatesNotIso() {
        navigate(demoAgreement("HVB"), AgreementView.class);
        TabSheet tabs = $(TabSheet.class).single();
        tabs.setSelectedIndex(2);
        List<String> commitments = cells($(Grid.class).id("commitments"));
        tabs.setSelectedIndex(3);
        List<String> adoptions = cells($(Grid.class).id("adoptions"));
        assertDutchDatesNotIso("commitments", commitments);
        assertDutchDatesNotIso("adoptions", adoptions);
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
