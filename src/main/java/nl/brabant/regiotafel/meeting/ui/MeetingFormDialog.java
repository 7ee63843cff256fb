package nl.brabant.regiotafel.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.function.Consumer;
import nl.brabant.regiotafel.base.ClockConfiguration;
import nl.brabant.regiotafel.base.UserInputException;
import nl.brabant.regiotafel.base.ui.ComponentTexts;
import nl.brabant.regiotafel.meeting.MeetingForm;

/**
 * Schedules a new meeting or changes one. The service checks the input; errors show in the dialog.
 */
class MeetingFormDialog extends Dialog {

    private final TextField title = new TextField();
    private final TextField sequence = new TextField();
    private final DatePicker date = new DatePicker();
    private final TimePicker start = new TimePicker();
    private final TimePicker end = new TimePicker();
    private final DatePicker deadline = new DatePicker();
    private final TextField location = new TextField();
    private final TextField link = new TextField();

    /**
     * @param save stores the form and throws UserInputException when refused
     */
    MeetingFormDialog(String header, MeetingForm initial, Consumer<MeetingForm> save) {
        setHeaderTitle(header);
        title.setLabel(getTranslation("meeting.field.title"));
        title.setRequiredIndicatorVisible(true);
        title.setMaxLength(200);
        sequence.setLabel(getTranslation("meeting.field.sequence"));
        sequence.setPlaceholder(getTranslation("meeting.field.sequence.placeholder"));
        sequence.setMaxLength(60);
        date.setLabel(getTranslation("meeting.field.date"));
        date.setRequiredIndicatorVisible(true);
        date.setLocale(getLocale());
        start.setLabel(getTranslation("meeting.field.start"));
        end.setLabel(getTranslation("meeting.field.end"));
        start.setStep(Duration.ofMinutes(15));
        end.setStep(Duration.ofMinutes(15));
        deadline.setLabel(getTranslation("meeting.field.deadline"));
        deadline.setHelperText(getTranslation("meeting.field.deadline.help"));
        deadline.setLocale(getLocale());
        ComponentTexts.localize(date, start, end, deadline);
        location.setLabel(getTranslation("meeting.field.location"));
        location.setMaxLength(300);
        link.setLabel(getTranslation("meeting.field.link"));
        link.setPlaceholder("https://");
        link.setMaxLength(500);
        date.addValueChangeListener(
                e -> {
                    if (e.isFromClient() && e.getValue() != null && deadline.isEmpty()) {
                        deadline.setValue(e.getValue().minusDays(10));
                    }
                });
        if (initial != null) {
            fill(initial);
        } else {
            start.setValue(LocalTime.of(14, 0));
            end.setValue(LocalTime.of(16, 30));
        }
        FormLayout form =
                new FormLayout(title, sequence, date, start, end, deadline, location, link);
        form.setColspan(title, 2);
        form.setColspan(link, 2);
        add(form);

        Button ok =
                new Button(
                        getTranslation("common.save"),
                        e -> {
                            try {
                                save.accept(read());
                                close();
                            } catch (UserInputException refused) {
                                Notification.show(
                                                getTranslation(
                                                        refused.messageKey(), refused.arguments()),
                                                6000,
                                                Notification.Position.MIDDLE)
                                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
                            }
                        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.setId("save-meeting");
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), ok);
    }

    private void fill(MeetingForm form) {
        title.setValue(nullToEmpty(form.title()));
        sequence.setValue(nullToEmpty(form.sequenceLabel()));
        date.setValue(form.startsAt().atZone(ClockConfiguration.ZONE).toLocalDate());
        start.setValue(form.startsAt().atZone(ClockConfiguration.ZONE).toLocalTime());
        end.setValue(form.endsAt().atZone(ClockConfiguration.ZONE).toLocalTime());
        deadline.setValue(form.proposalDeadline().atZone(ClockConfiguration.ZONE).toLocalDate());
        location.setValue(nullToEmpty(form.location()));
        link.setValue(nullToEmpty(form.onlineLink()));
    }

    private MeetingForm read() {
        if (date.getValue() == null || start.getValue() == null || end.getValue() == null) {
            throw new UserInputException("meeting.error.times");
        }
        LocalDate day = date.getValue();
        Instant startsAt = day.atTime(start.getValue()).atZone(ClockConfiguration.ZONE).toInstant();
        Instant endsAt = day.atTime(end.getValue()).atZone(ClockConfiguration.ZONE).toInstant();
        LocalDate deadlineDay =
                deadline.getValue() == null ? day.minusDays(10) : deadline.getValue();
        // The deadline is the end of that day, but never later than the start of the meeting.
        Instant deadlineAt =
                deadlineDay
                        .atTime(LocalTime.of(23, 59))
                        .atZone(ClockConfiguration.ZONE)
                        .toInstant();
        if (deadlineAt.isAfter(startsAt) && !deadlineDay.isAfter(day)) {
            deadlineAt = startsAt;
        }
        return new MeetingForm(
                title.getValue(),
                sequence.getValue(),
                startsAt,
                endsAt,
                deadlineAt,
                location.getValue(),
                link.getValue());
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
