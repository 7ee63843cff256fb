package nl.brabant.regiotafel.shell.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import nl.brabant.regiotafel.base.ui.ComponentTexts;
import nl.brabant.regiotafel.meeting.ui.ActionItemsView;
import nl.brabant.regiotafel.monitor.MonitorService;
import nl.brabant.regiotafel.monitor.ui.MonitorView;
import nl.brabant.regiotafel.notification.NotificationService;
import nl.brabant.regiotafel.notification.ui.NotificationsView;
import nl.brabant.regiotafel.region.RegionSummary;
import nl.brabant.regiotafel.security.AccessPolicy;
import nl.brabant.regiotafel.security.Action;
import nl.brabant.regiotafel.security.AppUserDetails;
import nl.brabant.regiotafel.security.CurrentUser;
import nl.brabant.regiotafel.security.Role;
import nl.brabant.regiotafel.security.ui.AccountView;
import nl.brabant.regiotafel.security.ui.SecuritySettingsView;
import nl.brabant.regiotafel.workspace.WorkspaceService;
import nl.brabant.regiotafel.workspace.ui.RegionView;

/**
 * The frame around every signed-in page: the features' pages, the user's regions, administration,
 * the user menu. Each view names its own menu entry with {@code @Menu}, whose title is a key of the
 * translation bundle.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final H1 viewTitle = new H1();

    public MainLayout(
            WorkspaceService workspaces,
            AccessPolicy policy,
            CurrentUser currentUser,
            AuthenticationContext authentication,
            NotificationService notifications,
            MonitorService monitor) {
        setPrimarySection(Section.DRAWER);
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("layout.menu"));
        viewTitle.addClassName("view-title");
        Div spacer = new Div();
        spacer.addClassName("spacer");
        addToNavbar(
                skipLink(),
                toggle,
                viewTitle,
                spacer,
                userMenu(currentUser.require(), authentication));

        Span appName = new Span(getTranslation("app.name"));
        appName.addClassName("app-name");
        List<RegionSummary> visibleRegions = workspaces.visibleRegions();
        SideNav nav = new SideNav();
        ComponentTexts.localize(nav);
        nav.setLabel(getTranslation("layout.navigation"));
        SideNav admin = new SideNav(getTranslation("layout.admin"));
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            if (!worthShowing(entry.menuClass(), visibleRegions, monitor)) {
                continue;
            }
            SideNavItem item =
                    new SideNavItem(
                            getTranslation(entry.title()),
                            entry.menuClass(),
                            entry.icon() == null ? null : new Icon(entry.icon()));
            if (entry.menuClass() == NotificationsView.class) {
                showUnread(item, notifications.countUnread());
            }
            (forAdministrators(entry) ? admin : nav).addItem(item);
        }
        SideNav regions = new SideNav(getTranslation("layout.regions"));
        ComponentTexts.localize(regions);
        regions.setCollapsible(true);
        for (RegionSummary region : visibleRegions) {
            regions.addItem(
                    new SideNavItem(
                            region.name(),
                            RegionView.class,
                            new RouteParameters(RegionView.CODE, region.code()),
                            VaadinIcon.USERS.create()));
        }
        Div drawer = new Div(appName, nav);
        if (!regions.getItems().isEmpty()) {
            drawer.add(regions);
        }
        if (!admin.getItems().isEmpty() && policy.may(Action.MANAGE_USERS, null)) {
            ComponentTexts.localize(admin);
            drawer.add(admin);
        }
        drawer.addClassName("drawer");
        addToDrawer(drawer);
    }

    /**
     * "Naar de inhoud": the first tab stop of every page, shown when it has the focus; it moves the
     * focus to the page's content (the layout's unslotted child), past the menu (WCAG 2.4.1).
     */
    private Component skipLink() {
        Anchor skip = new Anchor("#main-content", getTranslation("layout.skipToContent"));
        skip.setId("skip-link");
        skip.addClassName("skip-link");
        skip.getElement()
                .executeJs(
                        "this.addEventListener('click', e => {"
                                + " e.preventDefault();"
                                + " const main = this.closest('vaadin-app-layout').querySelector(':scope > :not([slot])');"
                                + " if (main) { main.setAttribute('tabindex', '-1'); main.focus(); } });");
        return skip;
    }

    /**
     * The visibility rules a view's {@code @Menu} cannot state. Vaadin leaves out the entries whose
     * route annotation denies the user, but these two pages are open to every signed-in user
     * ({@code @PermitAll}: "my action items" is then an empty list, the monitor "not found"); the
     * menu offers them only to those for whom they hold something, which takes asking a service.
     */
    private static boolean worthShowing(
            Class<?> view, List<RegionSummary> visibleRegions, MonitorService monitor) {
        if (view == ActionItemsView.class) {
            return !visibleRegions.isEmpty();
        }
        if (view == MonitorView.class) {
            return monitor.mayView();
        }
        return true;
    }

    /**
     * Pages only administrators may open go under "Beheer". Vaadin leaves them out for anyone whose
     * sign-in did not carry the role; the section is also shown only to whom the access policy
     * allows managing users, as before, since the policy reads the memberships at each question.
     */
    private static boolean forAdministrators(MenuEntry entry) {
        RolesAllowed roles = entry.menuClass().getAnnotation(RolesAllowed.class);
        return roles != null && Arrays.asList(roles.value()).contains(Role.ADMIN.name());
    }

    private void showUnread(SideNavItem inbox, int unread) {
        if (unread > 0) {
            Span count = new Span(String.valueOf(unread));
            count.getElement().getThemeList().add("badge pill small primary");
            count.getElement()
                    .setAttribute("aria-label", getTranslation("notification.unread", unread));
            inbox.setSuffixComponent(count);
        }
    }

    private Component userMenu(AppUserDetails user, AuthenticationContext authentication) {
        MenuBar menu = new MenuBar();
        ComponentTexts.localize(menu);
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        menu.getElement().setAttribute("aria-label", getTranslation("layout.userMenu"));
        Avatar avatar = new Avatar(user.displayName());
        avatar.setColorIndex(3);
        Div who = new Div(avatar, new Span(user.displayName()));
        who.addClassName("user-menu");
        MenuItem root = menu.addItem(who);
        SubMenu sub = root.getSubMenu();
        // Name, password, language and sessions are on the account page.
        sub.addItem(
                        getTranslation("layout.account"),
                        e -> UI.getCurrent().navigate(AccountView.class))
                .setId("user-menu-account");
        // Passkeys and recovery codes: a page of its own, from here and from the account page.
        sub.addItem(
                        getTranslation("security.nav"),
                        e -> UI.getCurrent().navigate(SecuritySettingsView.class))
                .setId("user-menu-security");
        sub.addItem(getTranslation("layout.logout"), e -> authentication.logout());
        return menu;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        viewTitle.setText(MenuConfiguration.getPageHeader(getContent()).orElse(""));
    }
}
