package nl.brabant.regiotafel.meeting.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import nl.brabant.regiotafel.base.format.DateFormats;
import nl.brabant.regiotafel.meeting.MeetingRow;
import nl.brabant.regiotafel.meeting.MeetingService;

/** A region's upcoming and past meetings (lazy), and "schedule a meeting" for those who may. */
public class MeetingsSection extends Div {

    public MeetingsSection(MeetingService meetings, long regionId, String regionCode) {
        addClassName("meetings-section");
        if (meetings.maySchedule(regionId)) {
            Button schedule = new Button(getTranslation("meeting.new"), VaadinIcon.PLUS.create(),
                    e -> new MeetingFormDialog(getTranslation("meeting.new"), null, form -> {
                        long id = meetings.schedule(regionId, form);
                        UI.getCurrent().navigate(MeetingView.class, MeetingView.parameters(regionCode, id));
                    }).open());
            schedule.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            schedule.setId("new-meeting");
            add(schedule);
        }
        Grid<MeetingRow> upcoming = grid(regionCode, "upcoming-meetings");
        upcoming.setItems(q -> meetings.upcoming(regionId, q.getOffset(), q.getLimit()).stream(),
                q -> meetings.countUpcoming(regionId));
        upcoming.setEmptyStateText(getTranslation(meetings.maySchedule(regionId)
                ? "meeting.upcoming.empty.schedule" : "meeting.upcoming.empty"));
        fit(upcoming, meetings.countUpcoming(regionId));
        Grid<MeetingRow> past = grid(regionCode, "past-meetings");
        past.setItems(q -> meetings.past(regionId, q.getOffset(), q.getLimit()).stream(),
                q -> meetings.countPast(regionId));
        past.setEmptyStateText(getTranslation("meeting.past.empty"));
        fit(past, meetings.countPast(regionId));
        add(new H4(getTranslation("meeting.upcoming")), upcoming, new H4(getTranslation("meeting.past")), past);
    }

    /** A few meetings show in full; a long history scrolls in a fixed height and loads page by page. */
    private static void fit(Grid<MeetingRow> grid, int count) {
        if (count <= 8) {
            grid.setAllRowsVisible(true);
        } else {
            grid.setHeight("22rem");
        }
    }

    private Grid<MeetingRow> grid(String regionCode, String id) {
        Grid<MeetingRow> grid = new Grid<>();
        grid.setId(id);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(m -> DateFormats.dayAndTime(m.startsAt(), getLocale())).setHeader(getTranslation("meeting.field.date"))
                .setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(m -> {
            var link = new com.vaadin.flow.router.RouterLink(m.title(), MeetingView.class,
                    MeetingView.parameters(regionCode, m.id()));
            return link;
        })).setHeader(getTranslation("meeting.field.title")).setFlexGrow(2);
        grid.addColumn(m -> m.sequenceLabel() == null ? "" : m.sequenceLabel())
                .setHeader(getTranslation("meeting.field.sequence"));
        grid.addComponentColumn(m -> MeetingView.statusBadge(m.status(), this))
                .setHeader(getTranslation("meeting.field.status")).setAutoWidth(true);
        grid.setPageSize(20);
        grid.setAriaLabel(getTranslation(id.startsWith("past") ? "meeting.past" : "meeting.upcoming"));
        return grid;
    }

}
