package nl.brabant.regiotafel.monitor.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import nl.brabant.regiotafel.base.UserInputException;
import nl.brabant.regiotafel.base.ui.ComponentTexts;
import nl.brabant.regiotafel.monitor.report.StatesReportService;
import nl.brabant.regiotafel.monitor.report.StatesSummary;

/**
 * The progress report for Provinciale Staten: the person chooses a calendar year or a start date,
 * sees the generated summary for that period at once, and downloads the report as Word or PDF. The
 * files are made when they are downloaded, from the figures of that moment.
 */
class StatesReportDialog extends Dialog {

    private static final String YEAR = "year";
    private static final String SINCE = "since";

    private final StatesReportService reports;
    private final Clock clock;
    private final RadioButtonGroup<String> kind = new RadioButtonGroup<>();
    private final Select<Integer> year = new Select<>();
    private final DatePicker since = new DatePicker();
    private final Div preview = new Div();
    private final Div downloads = new Div();

    StatesReportDialog(Component context, StatesReportService reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
        setId("states-report");
        setHeaderTitle(context.getTranslation("report.title"));
        setWidth("min(48rem, 95vw)");
        LocalDate today = LocalDate.now(clock);
        kind.setLabel(context.getTranslation("report.period"));
        kind.setItems(YEAR, SINCE);
        kind.setItemLabelGenerator(k -> context.getTranslation("report.period." + k));
        kind.setValue(YEAR);
        year.setLabel(context.getTranslation("monitor.year"));
        List<Integer> years = new ArrayList<>();
        for (int y = today.getYear(); y >= 2019; y--) {
            years.add(y);
        }
        year.setItems(years);
        // Last year is the usual report; in January this year has hardly begun.
        year.setValue(today.getYear() - 1 >= 2019 ? today.getYear() - 1 : today.getYear());
        since.setLabel(context.getTranslation("report.since"));
        ComponentTexts.localize(since);
        since.setMax(today);
        since.setValue(today.withDayOfYear(1));
        since.setVisible(false);
        kind.addValueChangeListener(
                e -> {
                    year.setVisible(YEAR.equals(e.getValue()));
                    since.setVisible(SINCE.equals(e.getValue()));
                    refresh();
                });
        year.addValueChangeListener(e -> refresh());
        since.addValueChangeListener(e -> refresh());
        preview.setId("states-report-summary");
        preview.getElement().setAttribute("aria-live", "polite");
        downloads.addClassName("downloads");
        add(
                kind,
                new Div(year, since),
                new Paragraph(context.getTranslation("report.explanation")),
                preview,
                downloads);
        getFooter().add(new Button(context.getTranslation("common.close"), e -> close()));
        refresh();
    }

    /** The chosen period, first and last day; the current year ends today. */
    private LocalDate[] period() {
        LocalDate today = LocalDate.now(clock);
        if (SINCE.equals(kind.getValue())) {
            return new LocalDate[] {since.getValue(), today};
        }
        if (year.getValue() == null) {
            return new LocalDate[] {null, null};
        }
        LocalDate first = LocalDate.of(year.getValue(), 1, 1);
        LocalDate last = first.withDayOfYear(first.lengthOfYear());
        return new LocalDate[] {first, last.isAfter(today) ? today : last};
    }

    private void refresh() {
        preview.removeAll();
        downloads.removeAll();
        since.setInvalid(false);
        LocalDate[] period = period();
        try {
            List<String> sentences = StatesSummary.sentences(reports.produce(period[0], period[1]));
            UnorderedList list = new UnorderedList();
            sentences.forEach(s -> list.add(new ListItem(s)));
            preview.add(new H3(getTranslation("report.summary")), list);
            downloads.add(
                    download(period, "docx", "report.word", reports::word),
                    download(period, "pdf", "report.pdf", reports::pdf));
        } catch (UserInputException refused) {
            since.setErrorMessage(getTranslation(refused.messageKey()));
            since.setInvalid(true);
            preview.add(new Paragraph(getTranslation(refused.messageKey())));
        }
    }

    private Anchor download(
            LocalDate[] period,
            String extension,
            String textKey,
            BiFunction<LocalDate, LocalDate, byte[]> writer) {
        String fileName = StatesReportService.fileName(period[0], period[1], extension);
        String type =
                "pdf".equals(extension)
                        ? "application/pdf"
                        : "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        Anchor anchor =
                new Anchor(
                        DownloadHandler.fromInputStream(
                                event -> {
                                    byte[] bytes = writer.apply(period[0], period[1]);
                                    return new DownloadResponse(
                                            new ByteArrayInputStream(bytes),
                                            fileName,
                                            type,
                                            bytes.length);
                                }),
                        AttachmentType.DOWNLOAD,
                        getTranslation(textKey));
        anchor.addClassName("download-link");
        anchor.setId("states-report-" + extension);
        return anchor;
    }
}
