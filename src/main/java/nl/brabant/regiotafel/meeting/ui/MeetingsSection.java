package nl.brabant.regiotafel.meeting.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.function.BiFunction;
import nl.brabant.regiotafel.base.format.DateFormats;
import nl.brabant.regiotafel.meeting.MeetingRow;
import nl.brabant.regiotafel.meeting.MeetingService;

/** A region's upcoming and past meetings (lazy), and "schedule a meeting" for those who may. */
public class MeetingsSection extends Div {

    public MeetingsSection(MeetingService meetings, long regionId, String regionCode) {
        addClassName("meetings-section");
        if (meetings.maySchedule(regionId)) {
            Button schedule =
                    new Button(
                            getTranslation("meeting.new"),
                            VaadinIcon.PLUS.create(),
                            e ->
                                    new MeetingFormDialog(
                                                    getTranslation("meeting.new"),
                                                    null,
                                                    form -> {
                                                        long id = meetings.schedule(regionId, form);
                                                        UI.getCurrent()
                                                                .navigate(
                                                                        MeetingView.class,
                                                                        MeetingView.parameters(
                                                                                regionCode, id));
                                                    })
                                            .open());
            schedule.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            schedule.setId("new-meeting");
            add(schedule);
        }
        Div upcoming =
                list(
                        "upcoming-meetings",
                        "meeting.upcoming",
                        regionCode,
                        meetings.countUpcoming(regionId),
                        (offset, limit) -> meetings.upcoming(regionId, offset, limit),
                        meetings.maySchedule(regionId)
                                ? "meeting.upcoming.empty.schedule"
                                : "meeting.upcoming.empty");
        Div past =
                list(
                        "past-meetings",
                        "meeting.past",
                        regionCode,
                        meetings.countPast(regionId),
                        (offset, limit) -> meetings.past(regionId, offset, limit),
                        "meeting.past.empty");
        add(
                new H4(getTranslation("meeting.upcoming")),
                upcoming,
                new H4(getTranslation("meeting.past")),
                past);
    }

    /**
     * A plain HTML table, not a Grid: every meeting link is an ordinary tab stop (a Grid keeps
     * links inside its cell focus, reachable only with the arrow keys and Enter), and screen
     * readers get real row and column headers. A long history shows a page at a time ("Meer
     * tonen").
     */
    private Div list(
            String id,
            String titleKey,
            String regionCode,
            int count,
            BiFunction<Integer, Integer, List<MeetingRow>> page,
            String emptyKey) {
        Div holder = new Div();
        holder.addClassName("meetings-list");
        if (count == 0) {
            Paragraph empty = new Paragraph(getTranslation(emptyKey));
            empty.addClassName("empty-state");
            empty.setId(id);
            holder.add(empty);
            return holder;
        }
        NativeTable table = new NativeTable();
        table.setId(id);
        table.addClassName("meetings-table");
        table.getElement().setAttribute("aria-label", getTranslation(titleKey));
        NativeTableRow head = table.getHead().addRow();
        for (String key :
                List.of(
                        "meeting.field.date",
                        "meeting.field.title",
                        "meeting.field.sequence",
                        "meeting.field.status")) {
            NativeTableHeaderCell cell = head.addHeaderCell();
            cell.setText(getTranslation(key));
            cell.getElement().setAttribute("scope", "col");
        }
        NativeTableBody body = table.getBody();
        Button more = new Button(getTranslation("meeting.list.more"));
        more.addClassName("more-meetings");
        Runnable next =
                () -> {
                    int shown = (int) body.getRowCount();
                    for (MeetingRow m : page.apply(shown, PAGE)) {
                        NativeTableRow row = body.addRow();
                        row.addDataCell()
                                .setText(DateFormats.dayAndTime(m.startsAt(), getLocale()));
                        row.addDataCell()
                                .add(
                                        new RouterLink(
                                                m.title(),
                                                MeetingView.class,
                                                MeetingView.parameters(regionCode, m.id())));
                        row.addDataCell()
                                .setText(m.sequenceLabel() == null ? "" : m.sequenceLabel());
                        row.addDataCell().add(MeetingView.statusBadge(m.status(), this));
                    }
                    more.setVisible(body.getRowCount() < count);
                };
        more.addClickListener(e -> next.run());
        next.run();
        holder.add(table, more);
        return holder;
    }

    private static final int PAGE = 20;
}
