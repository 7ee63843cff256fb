package nl.brabant.regiotafel.meeting.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import nl.brabant.regiotafel.meeting.AttendeeRow;
import nl.brabant.regiotafel.meeting.MeetingDetails;
import nl.brabant.regiotafel.meeting.MeetingService;
import nl.brabant.regiotafel.meeting.MeetingStatus;

/** The invitees (the region's members), their answers, and who was there. */
class AttendancePanel extends Div {

    AttendancePanel(MeetingService meetings, MeetingDetails meeting) {
        List<AttendeeRow> attendees = meetings.attendees(meeting.id());
        long yes =
                attendees.stream()
                        .filter(a -> a.rsvp() != null && a.rsvp().name().equals("YES"))
                        .count();
        add(new Paragraph(getTranslation("attendance.summary", attendees.size(), yes)));
        boolean record =
                meeting.may().writeMinutes()
                        && (meeting.status() == MeetingStatus.AGENDA_PUBLISHED
                                || meeting.status() == MeetingStatus.HELD);
        Grid<AttendeeRow> grid = new Grid<>();
        grid.setId("attendees");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(AttendeeRow::name)
                .setHeader(getTranslation("region.members.name"))
                .setAutoWidth(true);
        grid.addColumn(AttendeeRow::organisation)
                .setHeader(getTranslation("region.members.organisation"));
        grid.addColumn(
                        a ->
                                a.rsvp() == null
                                        ? getTranslation("rsvp.none")
                                        : getTranslation("rsvp." + a.rsvp().name()))
                .setHeader(getTranslation("attendance.rsvp"));
        grid.addComponentColumn(
                        a -> {
                            Checkbox present = new Checkbox(Boolean.TRUE.equals(a.attended()));
                            present.setAriaLabel(
                                    getTranslation("attendance.present") + ": " + a.name());
                            present.setReadOnly(!record);
                            present.addValueChangeListener(
                                    e -> {
                                        if (e.isFromClient()) {
                                            meetings.recordAttendance(
                                                    meeting.id(), a.userId(), e.getValue());
                                        }
                                    });
                            return present;
                        })
                .setHeader(getTranslation("attendance.present"));
        grid.setItems(attendees);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("meeting.tab.attendance"));
        add(grid);
    }
}
