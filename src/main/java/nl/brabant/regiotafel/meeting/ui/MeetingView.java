package nl.brabant.regiotafel.meeting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import nl.brabant.regiotafel.base.NotFoundException;
import nl.brabant.regiotafel.base.format.DateFormats;
import nl.brabant.regiotafel.base.ui.AccessibleTabs;
import nl.brabant.regiotafel.base.ui.Feedback;
import nl.brabant.regiotafel.base.ui.NotFound;
import nl.brabant.regiotafel.meeting.ActionItemService;
import nl.brabant.regiotafel.meeting.AgendaService;
import nl.brabant.regiotafel.meeting.AttachmentService;
import nl.brabant.regiotafel.meeting.ConfidentialityService;
import nl.brabant.regiotafel.meeting.MeetingDetails;
import nl.brabant.regiotafel.meeting.MeetingExportService;
import nl.brabant.regiotafel.meeting.MeetingRoutes;
import nl.brabant.regiotafel.meeting.MeetingService;
import nl.brabant.regiotafel.meeting.MeetingStatus;
import nl.brabant.regiotafel.meeting.MinutesService;
import nl.brabant.regiotafel.region.RegionRoutes;
import nl.brabant.regiotafel.region.RegionService;
import nl.brabant.regiotafel.security.PeopleDirectory;
import org.springframework.beans.factory.ObjectProvider;

/**
 * One regiotafel session: its details, agenda, minutes with decisions and action items, and
 * attendance.
 */
@Route(MeetingRoutes.MEETING)
@PermitAll
public class MeetingView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final MeetingService meetings;
    private final AgendaService agendas;
    private final AttachmentService attachments;
    private final MinutesService minutes;
    private final ActionItemService actionItems;
    private final MeetingExportService exports;
    private final PeopleDirectory people;
    private final RegionService regions;
    private final ConfidentialityService confidentiality;
    private final ObjectProvider<MeetingPageSection> sections;
    private long meetingId;
    private String title = "";
    private String selectedTab;

    public MeetingView(
            MeetingService meetings,
            AgendaService agendas,
            AttachmentService attachments,
            MinutesService minutes,
            ActionItemService actionItems,
            MeetingExportService exports,
            PeopleDirectory people,
            RegionService regions,
            ConfidentialityService confidentiality,
            ObjectProvider<MeetingPageSection> sections) {
        this.meetings = meetings;
        this.agendas = agendas;
        this.attachments = attachments;
        this.minutes = minutes;
        this.actionItems = actionItems;
        this.exports = exports;
        this.people = people;
        this.regions = regions;
        this.confidentiality = confidentiality;
        this.sections = sections;
        addClassName("page");
    }

    public static RouteParameters parameters(String regionCode, long meetingId) {
        return new RouteParameters(
                Map.of("code", regionCode, "meetingId", Long.toString(meetingId)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            meetingId = Long.parseLong(event.getRouteParameters().get("meetingId").orElse(""));
            MeetingDetails details = meetings.get(meetingId);
            if (!details.regionCode().equals(event.getRouteParameters().get("code").orElse(""))) {
                throw new NotFoundException("meeting");
            }
            render(details);
        } catch (NumberFormatException | NotFoundException e) {
            NotFound.show(event);
        }
    }

    /** Reloads everything from the services, e.g. after a change or a conflict. */
    void refresh() {
        render(meetings.get(meetingId));
    }

    private void render(MeetingDetails m) {
        title = m.title();
        removeAll();
        // A plain link: the workspace feature shows this one, so it must not be referenced back.
        Anchor back = new Anchor(RegionRoutes.region(m.regionCode()), m.regionName());
        back.addClassName("back-link");
        H2 heading = new H2(m.title());
        heading.setId("meeting-title");
        Div facts = new Div();
        facts.addClassName("meeting-facts");
        facts.add(
                new Span(
                        DateFormats.dayAndTime(m.startsAt(), getLocale())
                                + " – "
                                + DateFormats.time(m.endsAt())));
        if (m.sequenceLabel() != null) {
            facts.add(new Span(m.sequenceLabel()));
        }
        if (m.location() != null) {
            facts.add(new Span(m.location()));
        }
        if (m.onlineLink() != null) {
            Anchor link =
                    new Anchor(
                            m.onlineLink(),
                            getTranslation("meeting.onlineLink"),
                            AnchorTarget.BLANK);
            link.getElement().setAttribute("rel", "noopener noreferrer");
            facts.add(link);
        }
        Span status = statusBadge(m.status(), this);
        status.setId("meeting-status");
        facts.add(status);
        add(back, heading, facts);
        if (m.status() == MeetingStatus.PLANNED) {
            add(
                    new Paragraph(
                            getTranslation(
                                    "meeting.deadline",
                                    DateFormats.dayAndTime(m.proposalDeadline(), getLocale()))));
        }
        add(new MeetingToolbar(meetings, people, m, this), new MeetingDownloads(exports, m));
        sections.orderedStream().map(section -> section.create(m)).forEach(this::add);

        TabSheet tabs = AccessibleTabs.of(new TabSheet());
        tabs.setWidthFull();
        tabs.add(
                getTranslation("meeting.tab.agenda"),
                new AgendaPanel(agendas, attachments, confidentiality, people, m, this));
        tabs.add(
                getTranslation("meeting.tab.minutes"),
                new MinutesPanel(agendas, minutes, actionItems, people, regions, m, this));
        tabs.add(getTranslation("meeting.tab.attendance"), new AttendancePanel(meetings, m));
        if (selectedTab != null) {
            for (int i = 0; i < 3; i++) {
                if (tabs.getTabAt(i).getLabel().equals(selectedTab)) {
                    tabs.setSelectedIndex(i);
                }
            }
        }
        tabs.addSelectedChangeListener(e -> selectedTab = e.getSelectedTab().getLabel());
        add(tabs);
    }

    /**
     * Runs a change and reloads the page. A refusal shows as a message and returns false, so a
     * dialog can stay open with what the person typed; the page still reloads, so after a conflict
     * they see the other person's change before trying again.
     */
    boolean act(Runnable action) {
        return Feedback.attempt(this, action, this::refresh);
    }

    static Span statusBadge(MeetingStatus status, Component context) {
        String theme =
                switch (status) {
                    case PLANNED -> "contrast";
                    case AGENDA_PUBLISHED -> "";
                    case HELD, MINUTES_APPROVED -> "success";
                    case CANCELLED -> "error";
                };
        return Styled.badge(context.getTranslation("meeting.status." + status.name()), theme);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
