package nl.brabant.regiotafel.workspace.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import nl.brabant.regiotafel.agreement.AgreementService;
import nl.brabant.regiotafel.agreement.ui.AgreementsSection;
import nl.brabant.regiotafel.base.NotFoundException;
import nl.brabant.regiotafel.base.ui.NotFound;
import nl.brabant.regiotafel.meeting.MeetingService;
import nl.brabant.regiotafel.meeting.ui.MeetingsSection;
import nl.brabant.regiotafel.region.RegionRoutes;
import nl.brabant.regiotafel.region.RegionService;
import nl.brabant.regiotafel.security.InvitationService;
import nl.brabant.regiotafel.security.MemberRow;
import nl.brabant.regiotafel.security.ui.InvitationsSection;
import nl.brabant.regiotafel.workspace.RegionWorkspace;
import nl.brabant.regiotafel.workspace.WorkspaceService;

/** A region's workspace: its municipalities, its members, and (next) its meetings and agreement. */
@Route(RegionRoutes.REGION)
@PermitAll
public class RegionView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    public static final String CODE = RegionRoutes.CODE;

    private final WorkspaceService workspaces;
    private String title = "";

    private final MeetingService meetings;
    private final AgreementService agreements;
    private final RegionService regions;
    private final InvitationService invitations;

    public RegionView(
            WorkspaceService workspaces,
            MeetingService meetings,
            AgreementService agreements,
            RegionService regions,
            InvitationService invitations) {
        this.workspaces = workspaces;
        this.meetings = meetings;
        this.agreements = agreements;
        this.regions = regions;
        this.invitations = invitations;
        addClassName("page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get(CODE).orElse("");
        RegionWorkspace workspace;
        try {
            workspace = workspaces.open(code);
        } catch (NotFoundException e) {
            NotFound.show(event);
            return;
        }
        title = workspace.region().name();
        removeAll();
        H2 heading = new H2(workspace.region().name());
        heading.setId("region-name");
        add(heading);
        add(
                section(
                        "region.meetings",
                        new MeetingsSection(
                                meetings, workspace.region().id(), workspace.region().code())),
                section(
                        "region.agreements",
                        new AgreementsSection(
                                agreements,
                                regions,
                                workspace.region().id(),
                                workspace.region().code())),
                municipalities(workspace),
                members(workspace));
        Long regionId = workspace.region().id();
        if (!invitations.invitableRoles(regionId).isEmpty()) {
            add(
                    section(
                            "invitation.section",
                            new InvitationsSection(
                                    invitations, regions, regionId, workspace.region().name())));
        }
    }

    private Section municipalities(RegionWorkspace workspace) {
        UnorderedList list = new UnorderedList();
        list.addClassName("chips");
        workspace.municipalities().forEach(name -> list.add(new ListItem(name)));
        return section("region.municipalities", list);
    }

    private Section members(RegionWorkspace workspace) {
        Long regionId = workspace.region().id();
        Grid<MemberRow> grid = new Grid<>();
        grid.setId("members");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(MemberRow::displayName)
                .setHeader(getTranslation("region.members.name"))
                .setAutoWidth(true);
        grid.addColumn(MemberRow::organisationName)
                .setHeader(getTranslation("region.members.organisation"));
        grid.addColumn(m -> getTranslation("role." + m.role().name()))
                .setHeader(getTranslation("region.members.role"));
        grid.setItems(
                query -> workspaces.members(regionId, query.getOffset(), query.getLimit()).stream(),
                query -> workspaces.countMembers(regionId));
        // Small regions show every member; large ones scroll and load lazily.
        if (workspaces.countMembers(regionId) <= 12) {
            grid.setAllRowsVisible(true);
        } else {
            grid.setHeight("24rem");
        }
        grid.setAriaLabel(getTranslation("region.members"));
        return section("region.members", grid);
    }

    private Section section(String titleKey, Component content) {
        Section section = new Section(new H3(getTranslation(titleKey)), content);
        section.addClassName("workspace-section");
        return section;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
