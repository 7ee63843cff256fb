package nl.brabant.regiotafel.shell.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import nl.brabant.regiotafel.region.RegionSummary;
import nl.brabant.regiotafel.security.AccessPolicy;
import nl.brabant.regiotafel.security.Action;
import nl.brabant.regiotafel.security.CurrentUser;
import nl.brabant.regiotafel.security.ui.UserAdminView;
import nl.brabant.regiotafel.workspace.WorkspaceService;
import nl.brabant.regiotafel.workspace.ui.RegionView;

/** Start page: straight to the workspace for members of one region, a choice for the others. */
@Route("")
@Menu(title = "home.nav", order = 10, icon = "vaadin:home")
@PermitAll
public class HomeView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final WorkspaceService workspaces;
    private final AccessPolicy policy;
    private final CurrentUser currentUser;

    public HomeView(WorkspaceService workspaces, AccessPolicy policy, CurrentUser currentUser) {
        this.workspaces = workspaces;
        this.policy = policy;
        this.currentUser = currentUser;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<RegionSummary> regions = workspaces.visibleRegions();
        boolean admin = policy.may(Action.MANAGE_USERS, null);
        if (regions.size() == 1 && !admin) {
            event.forwardTo(
                    RegionView.class,
                    new RouteParameters(RegionView.CODE, regions.getFirst().code()));
            return;
        }
        removeAll();
        add(new H2(getTranslation("home.welcome", currentUser.require().displayName())));
        if (!regions.isEmpty()) {
            add(new Paragraph(getTranslation("home.chooseRegion")));
            Div cards = new Div();
            cards.addClassName("region-cards");
            for (RegionSummary region : regions) {
                RouterLink link =
                        new RouterLink(
                                RegionView.class,
                                new RouteParameters(RegionView.CODE, region.code()));
                link.add(new Span(region.name()));
                link.addClassName("region-card");
                cards.add(link);
            }
            add(cards);
        }
        if (admin) {
            add(
                    new Paragraph(
                            new RouterLink(
                                    getTranslation("home.manageUsers"), UserAdminView.class)));
        }
        if (regions.isEmpty() && !admin) {
            Paragraph empty = new Paragraph(getTranslation("home.noRegions"));
            empty.addClassName("empty-state");
            add(empty);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title");
    }
}
