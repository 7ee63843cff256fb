package nl.brabant.regiotafel.shell.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.di.Instantiator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import nl.brabant.regiotafel.IntegrationTest;
import nl.brabant.regiotafel.security.ui.LoginView;
import nl.brabant.regiotafel.security.ui.UserAdminView;
import nl.brabant.regiotafel.workspace.ui.RegionView;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

/** Browserless view tests: what each kind of user sees, in Dutch, without a browser. */
@IntegrationTest
@ViewPackages(packages = "nl.brabant.regiotafel")
class ViewsTest extends SpringBrowserlessTest {

    @Test
    @WithAnonymousUser
    void loginViewIsInDutch() {
        LoginView view = navigate(LoginView.class);
        LoginForm form = $(LoginForm.class).single();
        String i18n = String.valueOf(form.getElement().getPropertyRaw("i18n"));
        assertThat(i18n)
                .contains(
                        "\"Inloggen\"",
                        "\"Gebruikersnaam\"",
                        "\"Wachtwoord\"",
                        "De gebruikersnaam of het wachtwoord klopt niet");
        assertThat(view).isNotNull();
    }

    @Test
    @WithUserDetails("wethouder.hvb")
    void aldermanSeesOnlyTheOwnRegionInTheNavigation() {
        navigate("regio/HVB", RegionView.class);
        assertThat(regionNavItems()).containsExactly("Regio Hart van Brabant");
        assertThat($(H2.class).id("region-name").getText()).isEqualTo("Regio Hart van Brabant");
        Grid<?> members = $(Grid.class).id("members");
        assertThat(test(members).size()).isGreaterThanOrEqualTo(4);
        assertThat(navItemLabels()).doesNotContain("Gebruikers");
    }

    @Test
    @WithUserDetails("wethouder.hvb")
    void startPageTakesAMemberOfOneRegionStraightToIt() {
        navigate("", Component.class);
        assertThat(getCurrentView()).isInstanceOf(RegionView.class);
        assertThat($(H2.class).id("region-name").getText()).isEqualTo("Regio Hart van Brabant");
    }

    @Test
    @WithUserDetails("coordinator")
    void provinceCoordinatorSeesAllSevenRegions() {
        navigate(HomeView.class);
        assertThat(regionNavItems())
                .containsExactly(
                        "Regio West-Brabant West",
                        "Regio Breda e.o.",
                        "Regio Hart van Brabant",
                        "Regio Noordoost-Brabant",
                        "Stedelijk Gebied Eindhoven",
                        "Regio De Peel",
                        "Regio De Kempen/A2");
    }

    @Test
    @WithUserDetails("wethouder.hvb")
    void anotherRegionByUrlShowsNotFound() {
        navigate("regio/BRE", Component.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        assertThat($(H2.class).single().getText()).isEqualTo("Pagina niet gevonden");
        assertThat($(MainLayout.class).single()).as("inside the menu").isNotNull();
    }

    @Test
    @WithUserDetails("wethouder.hvb")
    void adminViewIsDeniedToAnAlderman() {
        navigate("beheer/gebruikers", Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(UserAdminView.class);
        assertThat($(Grid.class).all()).noneMatch(g -> "users".equals(g.getId().orElse("")));
    }

    @Test
    @WithUserDetails("beheerder")
    void adminSeesTheUserListAndTheAdministrationLink() {
        navigate(UserAdminView.class);
        Grid<?> users = $(Grid.class).id("users");
        assertThat(test(users).size()).isGreaterThanOrEqualTo(31);
        assertThat(navItemLabels()).contains("Gebruikers");
        assertThat(regionNavItems()).isEmpty();
    }

    @Test
    @WithUserDetails("beheerder")
    void theUserListFillsThePageAndWrapsLongTextsInsteadOfCuttingThem() {
        UserAdminView view = navigate(UserAdminView.class);
        Grid<?> users = $(Grid.class).id("users");
        assertThat(view.hasClassName("page-fill"))
                .as("the grid takes the height left on the page")
                .isTrue();
        assertThat(users.getThemeNames()).contains("wrap-cell-content");
        assertThat(users.getColumns())
                .extracting(Grid.Column::getFlexGrow)
                .containsExactly(1, 0, 1, 2, 0, 0);
    }

    @Test
    @WithUserDetails("wethouder.hvb")
    void aldermanFindsEveryFeaturePageInTheMenuInOrderAndNoAdministration() {
        navigate("regio/HVB", RegionView.class);
        assertThat(menu("Navigatie"))
                .containsExactly("Start", "Mijn actiepunten", "Monitor", "Meldingen");
        assertThat(menuLabels()).containsExactly("Navigatie", "Regio's");
    }

    @Test
    @WithUserDetails("uitzendbureau.hvb")
    void agencyIsNotOfferedTheMonitor() {
        navigate("regio/HVB", RegionView.class);
        assertThat(menu("Navigatie")).containsExactly("Start", "Mijn actiepunten", "Meldingen");
    }

    @Test
    @WithUserDetails("monitor")
    void provinceMonitorIsOfferedTheMonitorAndEveryRegion() {
        navigate(HomeView.class);
        assertThat(menu("Navigatie"))
                .containsExactly("Start", "Mijn actiepunten", "Monitor", "Meldingen");
        assertThat(menu("Regio's")).hasSize(7);
    }

    @Test
    @WithUserDetails("beheerder")
    void adminWithoutRegionsFindsTheUsersUnderAdministrationAndNoActionItems() {
        navigate(HomeView.class);
        assertThat(menu("Navigatie")).containsExactly("Start", "Meldingen");
        assertThat(menu("Beheer")).containsExactly("Gebruikers", "Organisaties");
        assertThat(menuLabels()).containsExactly("Navigatie", "Beheer");
    }

    @Test
    @WithUserDetails("wethouder.hvb")
    void theLayoutsBuiltInTextsAreDutch() {
        navigate("regio/HVB", RegionView.class);
        assertThat($(SideNav.class).all())
                .allSatisfy(
                        nav ->
                                assertThat(nav.getI18n())
                                        .isNotNull()
                                        .satisfies(
                                                i18n ->
                                                        assertThat(i18n.getToggle())
                                                                .isEqualTo(
                                                                        "Onderdelen tonen of verbergen")));
        assertThat($(MenuBar.class).single().getI18n().getMoreOptions()).isEqualTo("Meer opties");
    }

    @Test
    @WithUserDetails("wethouder.hvb")
    void menuEntriesFollowTheLanguage() {
        navigate("regio/HVB", RegionView.class);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        // This window's layout was drawn in Dutch; choosing English reloads the page, which draws a
        // new one.
        MainLayout english = Instantiator.get(UI.getCurrent()).createComponent(MainLayout.class);
        assertThat(menu(english, "Navigation"))
                .containsExactly("Start", "My action items", "Monitor", "Notifications");
        assertThat(sideNavs(english).map(SideNav::getLabel))
                .containsExactly("Navigation", "Regions");
    }

    /**
     * The entries of the drawer's section with this label (the main list, the regions,
     * administration).
     */
    private static List<String> menu(String label) {
        return menu(UI.getCurrent(), label);
    }

    private static List<String> menu(Component root, String label) {
        return sideNavs(root)
                .filter(nav -> label.equals(nav.getLabel()))
                .flatMap(nav -> nav.getItems().stream())
                .map(SideNavItem::getLabel)
                .toList();
    }

    private static List<String> menuLabels() {
        return sideNavs(UI.getCurrent()).map(SideNav::getLabel).toList();
    }

    private static Stream<SideNav> sideNavs(Component root) {
        return descendants(root).filter(SideNav.class::isInstance).map(SideNav.class::cast);
    }

    private static Stream<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(ViewsTest::descendants));
    }

    private List<String> navItemLabels() {
        return $(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
    }

    private List<String> regionNavItems() {
        return $(SideNavItem.class).all().stream()
                .filter(item -> item.getPath() != null && item.getPath().startsWith("regio/"))
                .map(SideNavItem::getLabel)
                .toList();
    }
}
