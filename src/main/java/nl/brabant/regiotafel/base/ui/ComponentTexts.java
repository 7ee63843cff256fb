package nl.brabant.regiotafel.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datepicker.DatePicker.DatePickerI18n;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * The texts that Vaadin's components bring along (English by default: "Drop file here", "Today",
 * the month names of a date picker), taken from the translation files in the UI's language. Every
 * view hands its components here once: {@code ComponentTexts.localize(date, start, upload)}.
 */
public final class ComponentTexts {

    private ComponentTexts() {}

    /**
     * Sets the built-in texts of each component that has any; other components are left as they
     * are.
     */
    public static void localize(Component... components) {
        for (Component component : components) {
            UnaryOperator<String> t = key -> component.getTranslation(key);
            Locale locale =
                    UI.getCurrent() == null ? LocaleSupport.DUTCH : UI.getCurrent().getLocale();
            switch (component) {
                case Upload upload -> upload.setI18n(upload(t));
                case DatePicker date -> date.setI18n(datePicker(t, locale));
                case TimePicker time ->
                        time.setI18n(
                                new TimePicker.TimePickerI18n()
                                        .setBadInputErrorMessage(t.apply("field.time.badInput"))
                                        .setRequiredErrorMessage(t.apply("field.required")));
                case ComboBox<?> combo ->
                        combo.setI18n(
                                new ComboBox.ComboBoxI18n()
                                        .setRequiredErrorMessage(t.apply("field.required")));
                case IntegerField number ->
                        number.setI18n(
                                new IntegerField.IntegerFieldI18n()
                                        .setBadInputErrorMessage(t.apply("field.number.badInput"))
                                        .setRequiredErrorMessage(t.apply("field.required"))
                                        .setMinErrorMessage(t.apply("field.number.min"))
                                        .setMaxErrorMessage(t.apply("field.number.max"))
                                        .setStepErrorMessage(t.apply("field.number.badInput")));
                case BigDecimalField number ->
                        number.setI18n(
                                new BigDecimalField.BigDecimalFieldI18n()
                                        .setBadInputErrorMessage(t.apply("field.number.badInput"))
                                        .setRequiredErrorMessage(t.apply("field.required")));
                case MenuBar menu ->
                        menu.setI18n(
                                new MenuBar.MenuBarI18n()
                                        .setMoreOptions(t.apply("menu.moreOptions")));
                case SideNav nav ->
                        nav.setI18n(new SideNav.SideNavI18n().setToggle(t.apply("nav.toggle")));
                default -> {}
            }
        }
    }

    /** The login form's texts; the caller adds the error it wants to show. */
    public static LoginI18n login(Component context) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(context.getTranslation("login.title"));
        texts.setUsername(context.getTranslation("login.username"));
        texts.setPassword(context.getTranslation("login.password"));
        texts.setSubmit(context.getTranslation("login.submit"));
        texts.setForgotPassword(context.getTranslation("login.forgotPassword"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(context.getTranslation("login.error.title"));
        error.setMessage(context.getTranslation("login.error.message"));
        error.setUsername(context.getTranslation("login.username.required"));
        error.setPassword(context.getTranslation("login.password.required"));
        return i18n;
    }

    private static UploadI18N upload(UnaryOperator<String> t) {
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(
                new UploadI18N.DropFiles()
                        .setOne(t.apply("upload.drop.one"))
                        .setMany(t.apply("upload.drop.many")));
        i18n.setAddFiles(
                new UploadI18N.AddFiles()
                        .setOne(t.apply("upload.add.one"))
                        .setMany(t.apply("upload.add.many")));
        i18n.setError(
                new UploadI18N.Error()
                        .setTooManyFiles(t.apply("upload.error.tooManyFiles"))
                        .setFileIsTooBig(t.apply("upload.error.fileIsTooBig"))
                        .setIncorrectFileType(t.apply("upload.error.incorrectFileType")));
        i18n.setUploading(
                new UploadI18N.Uploading()
                        .setStatus(
                                new UploadI18N.Uploading.Status()
                                        .setConnecting(t.apply("upload.status.connecting"))
                                        .setStalled(t.apply("upload.status.stalled"))
                                        .setProcessing(t.apply("upload.status.processing"))
                                        .setHeld(t.apply("upload.status.held")))
                        .setRemainingTime(
                                new UploadI18N.Uploading.RemainingTime()
                                        .setPrefix(t.apply("upload.remaining.prefix"))
                                        .setUnknown(t.apply("upload.remaining.unknown")))
                        .setError(
                                new UploadI18N.Uploading.Error()
                                        .setServerUnavailable(
                                                t.apply("upload.error.serverUnavailable"))
                                        .setUnexpectedServerError(
                                                t.apply("upload.error.unexpectedServerError"))
                                        .setForbidden(t.apply("upload.error.forbidden"))
                                        .setFileTooLarge(t.apply("upload.error.fileIsTooBig"))));
        i18n.setFile(
                new UploadI18N.File()
                        .setRetry(t.apply("upload.file.retry"))
                        .setStart(t.apply("upload.file.start"))
                        .setRemove(t.apply("upload.file.remove")));
        i18n.setUnits(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"));
        return i18n;
    }

    private static DatePickerI18n datePicker(UnaryOperator<String> t, Locale locale) {
        // The web component counts weekdays from Sunday; the week starts on Monday in the
        // Netherlands.
        List<DayOfWeek> fromSunday =
                List.of(
                        DayOfWeek.SUNDAY,
                        DayOfWeek.MONDAY,
                        DayOfWeek.TUESDAY,
                        DayOfWeek.WEDNESDAY,
                        DayOfWeek.THURSDAY,
                        DayOfWeek.FRIDAY,
                        DayOfWeek.SATURDAY);
        return new DatePickerI18n()
                .setMonthNames(
                        Arrays.stream(Month.values())
                                .map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE, locale))
                                .toList())
                .setWeekdays(
                        fromSunday.stream()
                                .map(d -> d.getDisplayName(TextStyle.FULL, locale))
                                .toList())
                .setWeekdaysShort(
                        fromSunday.stream()
                                .map(d -> d.getDisplayName(TextStyle.SHORT, locale))
                                .toList())
                .setFirstDayOfWeek(1)
                .setToday(t.apply("field.date.today"))
                .setCancel(t.apply("common.cancel"))
                .setBadInputErrorMessage(t.apply("field.date.badInput"))
                .setRequiredErrorMessage(t.apply("field.required"))
                .setMinErrorMessage(t.apply("field.date.min"))
                .setMaxErrorMessage(t.apply("field.date.max"));
    }
}
