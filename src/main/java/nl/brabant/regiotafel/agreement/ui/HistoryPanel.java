package nl.brabant.regiotafel.agreement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.brabant.regiotafel.agreement.AgreementDetails;
import nl.brabant.regiotafel.agreement.AgreementExportService;
import nl.brabant.regiotafel.agreement.AgreementHistoryService;
import nl.brabant.regiotafel.agreement.ArticleRow;
import nl.brabant.regiotafel.agreement.NamedVersionRow;
import nl.brabant.regiotafel.agreement.RevisionKind;
import nl.brabant.regiotafel.agreement.RevisionRow;
import nl.brabant.regiotafel.agreement.compare.ArticleChange;
import nl.brabant.regiotafel.agreement.compare.Comparison;
import nl.brabant.regiotafel.agreement.compare.Segment;
import nl.brabant.regiotafel.base.format.DateFormats;
import nl.brabant.regiotafel.base.ui.ComponentTexts;
import nl.brabant.regiotafel.base.ui.Feedback;
import nl.brabant.regiotafel.security.PeopleDirectory;
import nl.brabant.regiotafel.security.PersonSummary;

/**
 * History (filterable), named versions, comparing any two points, and restoring one.
 *
 * <p>Longer than 250 lines: the filter, the named versions, the compare form and the restore
 * buttons all work on one list of points in the history and show their result in one place.
 */
class HistoryPanel extends Div {

    /** A point in the history to compare or restore: a named version or a plain revision. */
    record Point(String label, long revision) {}

    private final AgreementHistoryService history;
    private final AgreementDetails details;
    private final Runnable refreshPage;
    private final Div comparison = new Div();

    /**
     * @param refreshPage draws the page again from the latest state, after a restore asked for here
     */
    HistoryPanel(
            AgreementDetails details,
            AgreementHistoryService history,
            AgreementExportService exports,
            PeopleDirectory people,
            Runnable refreshPage) {
        this.history = history;
        this.details = details;
        this.refreshPage = refreshPage;
        List<NamedVersionRow> versions = history.versions(details.id());
        List<Point> points = new ArrayList<>();
        points.add(new Point(getTranslation("agreement.currentText"), details.revisionCount()));
        versions.forEach(
                v ->
                        points.add(
                                new Point(
                                        v.name() + " (#" + v.revisionNumber() + ")",
                                        v.revisionNumber())));
        // Any revision can be compared too; the list offers the most recent hundred.
        history.history(details.id(), null, null, 0, 100).stream()
                .filter(r -> r.kind() != RevisionKind.CONFLICT_COPY)
                .forEach(
                        r ->
                                points.add(
                                        new Point(
                                                getTranslation("agreement.revision")
                                                        + " #"
                                                        + r.number()
                                                        + " – "
                                                        + r.heading()
                                                        + " ("
                                                        + r.author()
                                                        + ")",
                                                r.number())));

        add(new H3(getTranslation("agreement.compare")));
        if (details.revisionCount() == 0) {
            add(
                    AgreementView.withClass(
                            new Paragraph(getTranslation("agreement.history.empty")),
                            "empty-state"));
            return;
        }
        ComboBox<Point> from = pointSelect("agreement.compare.from", points);
        ComboBox<Point> to = pointSelect("agreement.compare.to", points);
        // By default: the last named version, else the oldest revision offered, against the text
        // now.
        from.setValue(!versions.isEmpty() ? points.get(1) : points.getLast());
        to.setValue(points.getFirst());
        RadioButtonGroup<String> layout =
                new RadioButtonGroup<>(getTranslation("agreement.compare.layout"));
        layout.setItems("inline", "side");
        layout.setItemLabelGenerator(k -> getTranslation("agreement.compare." + k));
        layout.setValue("inline");
        Button compare =
                new Button(
                        getTranslation("agreement.compare.run"),
                        e ->
                                showComparison(
                                        history.compare(
                                                details.id(),
                                                from.getValue().revision(),
                                                to.getValue().revision()),
                                        "side".equals(layout.getValue())));
        compare.setId("run-compare");
        compare.setEnabled(true);
        from.addValueChangeListener(
                e -> compare.setEnabled(from.getValue() != null && to.getValue() != null));
        to.addValueChangeListener(
                e -> compare.setEnabled(from.getValue() != null && to.getValue() != null));
        Div controls = new Div(from, to, layout, compare);
        controls.addClassName("toolbar");
        comparison.setId("comparison");
        add(controls, comparison);

        add(new H3(getTranslation("agreement.versions")));
        Grid<NamedVersionRow> versionGrid = new Grid<>();
        versionGrid.addThemeVariants(GridVariant.LUMO_COMPACT);
        versionGrid
                .addColumn(NamedVersionRow::name)
                .setHeader(getTranslation("agreement.field.versionName"));
        versionGrid
                .addColumn(v -> "#" + v.revisionNumber())
                .setHeader(getTranslation("agreement.revision"))
                .setAutoWidth(true);
        versionGrid
                .addColumn(NamedVersionRow::createdBy)
                .setHeader(getTranslation("agreement.author"));
        versionGrid
                .addColumn(v -> format(v.createdAt()))
                .setHeader(getTranslation("notification.when"));
        versionGrid.addComponentColumn(
                v -> {
                    Anchor pdf =
                            new Anchor(
                                    DownloadHandler.fromInputStream(
                                            event -> {
                                                byte[] bytes = exports.pdf(details.id(), v.id());
                                                return new DownloadResponse(
                                                        new ByteArrayInputStream(bytes),
                                                        "afspraken-"
                                                                + details.regionCode()
                                                                + "-"
                                                                + v.revisionNumber()
                                                                + ".pdf",
                                                        "application/pdf",
                                                        bytes.length);
                                            }),
                                    AttachmentType.DOWNLOAD,
                                    "PDF");
                    pdf.getElement().setAttribute("aria-label", "PDF " + v.name());
                    Anchor word =
                            new Anchor(
                                    DownloadHandler.fromInputStream(
                                            event -> {
                                                byte[] bytes = exports.docx(details.id(), v.id());
                                                return new DownloadResponse(
                                                        new ByteArrayInputStream(bytes),
                                                        "afspraken-"
                                                                + details.regionCode()
                                                                + "-"
                                                                + v.revisionNumber()
                                                                + ".docx",
                                                        AgreementToolbar.DOCX,
                                                        bytes.length);
                                            }),
                                    AttachmentType.DOWNLOAD,
                                    "Word");
                    word.getElement().setAttribute("aria-label", "Word " + v.name());
                    word.getStyle().set("margin-inline-start", "var(--lumo-space-s)");
                    return new Div(pdf, word, restoreButton(v.revisionNumber(), v.name()));
                });
        versionGrid.setItems(versions);
        versionGrid.setAllRowsVisible(true);
        versionGrid.setEmptyStateText(getTranslation("agreement.versions.empty"));
        add(versionGrid);

        add(new H3(getTranslation("agreement.history")));
        ComboBox<ArticleRow> article = new ComboBox<>(getTranslation("agreement.history.article"));
        ComponentTexts.localize(article);
        article.setItems(details.articles());
        article.setItemLabelGenerator(a -> a.number() + ". " + a.heading());
        article.setClearButtonVisible(true);
        ComboBox<PersonSummary> author = new ComboBox<>(getTranslation("agreement.history.author"));
        ComponentTexts.localize(author);
        author.setItems(people.membersOf(details.regionId()));
        author.setItemLabelGenerator(PersonSummary::displayName);
        author.setClearButtonVisible(true);
        Grid<RevisionRow> historyGrid = new Grid<>();
        historyGrid.setId("history");
        historyGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        historyGrid
                .addColumn(r -> "#" + r.number())
                .setHeader(getTranslation("agreement.revision"))
                .setAutoWidth(true);
        historyGrid
                .addColumn(RevisionRow::heading)
                .setHeader(getTranslation("agreement.field.heading"))
                .setFlexGrow(2);
        historyGrid
                .addColumn(
                        r ->
                                r.remark() == null
                                        ? getTranslation("revision.kind." + r.kind().name())
                                        : getTranslation(
                                                "agreement.history.fromFile",
                                                getTranslation("revision.kind." + r.kind().name()),
                                                r.remark()))
                .setHeader(getTranslation("agreement.change"));
        historyGrid.addColumn(RevisionRow::author).setHeader(getTranslation("agreement.author"));
        historyGrid
                .addColumn(r -> format(r.at()))
                .setHeader(getTranslation("notification.when"))
                .setAutoWidth(true);
        historyGrid.addComponentColumn(r -> restoreButton(r.number(), "#" + r.number()));
        Runnable load =
                () ->
                        historyGrid.setItems(
                                q ->
                                        history
                                                .history(
                                                        details.id(),
                                                        article.getValue() == null
                                                                ? null
                                                                : article.getValue().id(),
                                                        author.getValue() == null
                                                                ? null
                                                                : author.getValue().id(),
                                                        q.getOffset(),
                                                        q.getLimit())
                                                .stream());
        article.addValueChangeListener(e -> load.run());
        author.addValueChangeListener(e -> load.run());
        load.run();
        historyGrid.setHeight("24rem");
        Div filters = new Div(article, author);
        filters.addClassName("toolbar");
        add(filters, historyGrid);
    }

    private ComboBox<Point> pointSelect(String key, List<Point> points) {
        ComboBox<Point> select = new ComboBox<>(getTranslation(key));
        ComponentTexts.localize(select);
        select.setItems(points);
        select.setItemLabelGenerator(p -> p == null ? "" : p.label());
        select.setWidth("22rem");
        return select;
    }

    private Button restoreButton(long revision, String label) {
        Button restore =
                new Button(
                        getTranslation("agreement.restore"),
                        e -> {
                            ConfirmDialog dialog = new ConfirmDialog();
                            dialog.setHeader(getTranslation("agreement.restore.title", label));
                            dialog.setText(getTranslation("agreement.restore.text"));
                            dialog.setCancelable(true);
                            dialog.setCancelText(getTranslation("common.cancel"));
                            dialog.setConfirmText(getTranslation("agreement.restore"));
                            dialog.addConfirmListener(
                                    ok ->
                                            Feedback.attempt(
                                                    this,
                                                    () -> history.restore(details.id(), revision),
                                                    refreshPage));
                            dialog.open();
                        });
        restore.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        restore.setEnabled(details.may().edit());
        restore.setAriaLabel(getTranslation("agreement.restore") + " " + label);
        return restore;
    }

    private void showComparison(Comparison result, boolean sideBySide) {
        comparison.removeAll();
        comparison.add(
                new Paragraph(
                        getTranslation(
                                "agreement.compare.summary",
                                result.wordsAdded(),
                                result.wordsRemoved())));
        for (ArticleChange change : result.articles()) {
            if (change.kind() == ArticleChange.Kind.UNCHANGED) {
                continue;
            }
            Div box = new Div();
            box.addClassName("change");
            String heading =
                    change.newHeading() != null ? change.newHeading() : change.oldHeading();
            box.add(
                    new H4(heading),
                    AgreementView.badge(
                            getTranslation("compare.kind." + change.kind().name()),
                            change.kind() == ArticleChange.Kind.REMOVED
                                    ? "error"
                                    : change.kind() == ArticleChange.Kind.ADDED ? "success" : ""));
            if (change.oldPosition() != null
                    && change.newPosition() != null
                    && !change.oldPosition().equals(change.newPosition())) {
                box.add(
                        new Paragraph(
                                getTranslation(
                                        "compare.position",
                                        change.oldPosition(),
                                        change.newPosition())));
            }
            if (sideBySide) {
                Div sides =
                        new Div(
                                DiffView.side(change.bodyDiff(), Segment.Type.REMOVED),
                                DiffView.side(change.bodyDiff(), Segment.Type.ADDED));
                sides.addClassName("side-by-side");
                box.add(sides);
            } else {
                box.add(DiffView.inline(change.headingDiff()), DiffView.inline(change.bodyDiff()));
            }
            comparison.add(box);
        }
        if (result.articles().stream().allMatch(c -> c.kind() == ArticleChange.Kind.UNCHANGED)) {
            comparison.add(
                    AgreementView.withClass(
                            new Paragraph(getTranslation("agreement.compare.same")),
                            "empty-state"));
        }
    }

    private String format(Instant at) {
        return DateFormats.dateTime(at, getLocale());
    }
}
