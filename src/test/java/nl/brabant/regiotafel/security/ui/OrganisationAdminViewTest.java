package nl.brabant.regiotafel.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import nl.brabant.regiotafel.IntegrationTest;
import nl.brabant.regiotafel.region.OrganisationType;
import nl.brabant.regiotafel.security.NewUser;
import nl.brabant.regiotafel.security.OrganisationAdminService;
import nl.brabant.regiotafel.security.OrganisationRow;
import nl.brabant.regiotafel.security.UserAdminService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** The organisations page without a browser: what the administrator sees and does. */
@IntegrationTest
@ViewPackages(packages = "nl.brabant.regiotafel")
class OrganisationAdminViewTest extends SpringBrowserlessTest {

    @Autowired OrganisationAdminService organisations;
    @Autowired UserAdminService users;
    @Autowired JdbcTemplate jdbc;

    private final String run = Long.toString(System.nanoTime(), 36);

    @Test
    @WithUserDetails("beheerder")
    void theListIsFilteredAndSaysSoWhenNothingMatches() {
        navigate(OrganisationAdminView.class);
        Grid<OrganisationRow> grid = $(Grid.class).id("organisations");
        assertThat(test(grid).size()).isGreaterThanOrEqualTo(57);
        assertThat(test(grid).getHeaderCell(0)).isEqualTo("Naam");

        test($(TextField.class).id("organisation-filter")).setValue("Gemeente Tilburg");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getCellText(0, 1)).isEqualTo("Gemeente");
        assertThat(test(grid).getCellText(0, 2)).isEqualTo("Tilburg");
        test(button(grid, 0, "Samenvoegen")).click();
        assertThat($(MergeOrganisationDialog.class).all())
                .as("a municipality is never merged away")
                .isEmpty();
        assertThat(test($(Notification.class).last()).getText())
                .startsWith("Gemeente Tilburg is de organisatie van een gemeente");

        test($(TextField.class).id("organisation-filter")).setValue("niets-" + run);
        assertThat(test(grid).size()).isZero();
        assertThat(grid.getEmptyStateComponent()).isNotNull();
    }

    @Test
    @WithUserDetails("beheerder")
    void anOrganisationIsCreatedAndADuplicateNameIsRefusedAtTheField() {
        navigate(OrganisationAdminView.class);
        test($(Button.class).id("new-organisation")).click();
        TextField name = $(TextField.class).id("organisation-name");
        test(name).setValue("Gemeente Breda");
        test($(Select.class).id("organisation-type")).selectItem("Vakbond");
        assertThat(test($(Select.class).id("organisation-type")).getSuggestions())
                .doesNotContain("Gemeente");
        test($(Button.class).id("save-organisation")).click();
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage())
                .startsWith("Er bestaat al een organisatie met de naam \"Gemeente Breda\"");

        test(name).setValue("FNV Brabant " + run);
        test($(Button.class).id("save-organisation")).click();
        assertThat(
                        jdbc.queryForObject(
                                "SELECT type FROM organisation WHERE name = ?",
                                String.class,
                                "FNV Brabant " + run))
                .isEqualTo("UNION");
    }

    @Test
    @WithUserDetails("beheerder")
    void aDuplicateIsMergedAfterAConfirmationThatCountsTheAccounts() {
        OrganisationRow kept = organisations.create("Zorgpunt " + run, OrganisationType.HEALTH);
        OrganisationRow duplicate =
                organisations.create("Zorg-punt " + run, OrganisationType.HEALTH);
        long user =
                users.createUser(
                                new NewUser(
                                        "zorg." + run,
                                        "Zorg",
                                        null,
                                        duplicate.id(),
                                        "een-lang-wachtwoord"))
                        .id();
        navigate(OrganisationAdminView.class);
        test($(TextField.class).id("organisation-filter")).setValue("Zorg-punt " + run);
        Grid<OrganisationRow> grid = $(Grid.class).id("organisations");
        test(button(grid, 0, "Samenvoegen")).click();

        ComboBox<OrganisationRow> keep = $(ComboBox.class).id("merge-keep");
        test($(Button.class).id("merge-next")).click();
        assertThat(keep.isInvalid()).as("first choose the one to keep").isTrue();
        test(keep).setFilter("Zorgpunt " + run);
        test(keep).selectItem("Zorgpunt " + run);
        test($(Button.class).id("merge-next")).click();

        ConfirmDialog confirm = $(ConfirmDialog.class).id("merge-confirm");
        assertThat(test(confirm).getHeader())
                .isEqualTo("Zorg-punt " + run + " samenvoegen met Zorgpunt " + run + "?");
        assertThat(test(confirm).getText()).startsWith("Er gaat 1 account over van Zorg-punt");
        test(confirm).confirm();

        assertThat(
                        jdbc.queryForObject(
                                "SELECT organisation_id FROM user_account WHERE id = ?",
                                Long.class,
                                user))
                .isEqualTo(kept.id());
        assertThat(
                        jdbc.queryForObject(
                                "SELECT COUNT(*) FROM organisation WHERE id = ?",
                                Integer.class,
                                duplicate.id()))
                .isZero();
        assertThat(test(grid).size()).isZero();
    }

    @Test
    @WithUserDetails("wethouder.hvb")
    void theOrganisationsPageIsDeniedToAnAlderman() {
        navigate("beheer/organisaties", Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(OrganisationAdminView.class);
        assertThat($(Grid.class).all())
                .noneMatch(g -> "organisations".equals(g.getId().orElse("")));
    }

    private Button button(Grid<OrganisationRow> grid, int row, String text) {
        Div actions = (Div) test(grid).getCellComponent(row, 4);
        return actions.getChildren()
                .filter(Button.class::isInstance)
                .map(Button.class::cast)
                .filter(b -> text.equals(b.getText()))
                .findFirst()
                .orElseThrow();
    }
}
