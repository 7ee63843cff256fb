package nl.brabant.regiotafel.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import java.util.Objects;
import nl.brabant.regiotafel.meeting.AttendeeRow;
import nl.brabant.regiotafel.meeting.MeetingDetails;
import nl.brabant.regiotafel.meeting.MeetingService;
import nl.brabant.regiotafel.meeting.MeetingStatus;
import nl.brabant.regiotafel.meeting.Rsvp;
import nl.brabant.regiotafel.security.PeopleDirectory;

/**
 * What a person may do with the meeting as a whole, as far as their role and the meeting's status
 * allow: edit, publish the agenda, mark it held, approve the minutes, cancel, and their own RSVP.
 */
class MeetingToolbar extends Div {

    private final MeetingView view;

    MeetingToolbar(
            MeetingService meetings, PeopleDirectory people, MeetingDetails m, MeetingView view) {
        this.view = view;
        addClassName("toolbar");
        if (m.may().edit()) {
            add(
                    button(
                            "meeting.edit",
                            VaadinIcon.EDIT,
                            () ->
                                    new MeetingFormDialog(
                                                    getTranslation("meeting.edit"),
                                                    m.toForm(),
                                                    form -> {
                                                        meetings.update(m.id(), form, m.version());
                                                        view.refresh();
                                                    })
                                            .open()));
        }
        if (m.may().manageAgenda()) {
            Button publish =
                    button(
                            "agenda.publish",
                            VaadinIcon.PAPERPLANE,
                            () ->
                                    confirm(
                                            "agenda.publish.confirm.title",
                                            "agenda.publish.confirm.text",
                                            "agenda.publish",
                                            false,
                                            () -> meetings.publishAgenda(m.id(), m.version())));
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            publish.setId("publish-agenda");
            add(publish);
        }
        if (m.may().writeMinutes() && m.status() == MeetingStatus.AGENDA_PUBLISHED) {
            add(
                    button(
                            "meeting.markHeld",
                            VaadinIcon.CHECK,
                            () -> view.act(() -> meetings.markHeld(m.id()))));
        }
        if (m.may().writeMinutes() && m.status() == MeetingStatus.HELD) {
            add(
                    button(
                            "meeting.approveMinutes",
                            VaadinIcon.CHECK_CIRCLE,
                            () ->
                                    confirm(
                                            "meeting.approveMinutes.confirm.title",
                                            "meeting.approveMinutes.confirm.text",
                                            "meeting.approveMinutes",
                                            false,
                                            () -> meetings.approveMinutes(m.id()))));
        }
        if (m.may().edit()) {
            Button cancel =
                    button(
                            "meeting.cancel",
                            VaadinIcon.BAN,
                            () ->
                                    confirm(
                                            "meeting.cancel.confirm.title",
                                            "meeting.cancel.confirm.text",
                                            "meeting.cancel",
                                            "meeting.cancel.keep",
                                            true,
                                            () -> meetings.cancel(m.id())));
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
            cancel.setId("cancel-meeting");
            add(cancel);
        }
        if (m.may().rsvp()) {
            Select<Rsvp> rsvp = new Select<>();
            rsvp.setLabel(getTranslation("attendance.myRsvp"));
            rsvp.setItems(Rsvp.values());
            rsvp.setItemLabelGenerator(
                    r ->
                            r == null
                                    ? getTranslation("rsvp.none")
                                    : getTranslation("rsvp." + r.name()));
            rsvp.setEmptySelectionAllowed(true);
            rsvp.setEmptySelectionCaption(getTranslation("rsvp.none"));
            long me = people.me().id();
            meetings.attendees(m.id()).stream()
                    .filter(a -> a.userId() == me)
                    .map(AttendeeRow::rsvp)
                    .filter(Objects::nonNull)
                    .findFirst()
                    .ifPresent(rsvp::setValue);
            rsvp.addValueChangeListener(
                    e -> {
                        if (e.isFromClient() && e.getValue() != null) {
                            view.act(() -> meetings.respond(m.id(), e.getValue()));
                        }
                    });
            rsvp.setId("my-rsvp");
            add(rsvp);
        }
    }

    private Button button(String key, VaadinIcon icon, Runnable action) {
        return new Button(getTranslation(key), icon.create(), e -> action.run());
    }

    private void confirm(
            String titleKey,
            String textKey,
            String confirmKey,
            boolean destructive,
            Runnable action) {
        confirm(titleKey, textKey, confirmKey, "common.cancel", destructive, action);
    }

    private void confirm(
            String titleKey,
            String textKey,
            String confirmKey,
            String cancelKey,
            boolean destructive,
            Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation(titleKey));
        dialog.setText(getTranslation(textKey));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation(cancelKey));
        dialog.setConfirmText(getTranslation(confirmKey));
        if (destructive) {
            dialog.setConfirmButtonTheme("error primary");
        }
        dialog.addConfirmListener(e -> view.act(action));
        dialog.open();
    }
}
