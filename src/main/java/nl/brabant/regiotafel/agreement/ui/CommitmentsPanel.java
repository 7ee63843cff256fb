package nl.brabant.regiotafel.agreement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import nl.brabant.regiotafel.agreement.AgreementDetails;
import nl.brabant.regiotafel.agreement.CommitmentForm;
import nl.brabant.regiotafel.agreement.CommitmentRow;
import nl.brabant.regiotafel.agreement.CommitmentService;
import nl.brabant.regiotafel.agreement.CommitmentStatus;
import nl.brabant.regiotafel.base.format.DateFormats;
import nl.brabant.regiotafel.base.ui.ComponentTexts;
import nl.brabant.regiotafel.base.ui.Feedback;
import nl.brabant.regiotafel.region.OrganisationSummary;
import nl.brabant.regiotafel.region.RegionService;
import nl.brabant.regiotafel.region.Theme;

/**
 * Commitments with their derived status; add (editors) and report progress (owners and the region).
 */
class CommitmentsPanel extends Div {

    private final CommitmentService commitments;
    private final RegionService regions;
    private final Runnable refreshPage;

    /**
     * @param refreshPage draws the page again from the latest state, after a change made here
     */
    CommitmentsPanel(
            AgreementDetails details,
            CommitmentService commitments,
            RegionService regions,
            Runnable refreshPage) {
        this.commitments = commitments;
        this.regions = regions;
        this.refreshPage = refreshPage;
        Grid<CommitmentRow> grid = new Grid<>();
        grid.setId("commitments");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(CommitmentRow::description)
                .setHeader(getTranslation("commitment.field.description"))
                .setFlexGrow(3);
        grid.addColumn(CommitmentRow::owner)
                .setHeader(getTranslation("commitment.field.owner"))
                .setFlexGrow(2);
        grid.addColumn(c -> getTranslation("theme." + c.theme().name()))
                .setHeader(getTranslation("decision.field.theme"));
        grid.addColumn(
                        c ->
                                c.reached().stripTrailingZeros().toPlainString()
                                        + " / "
                                        + c.targetValue().stripTrailingZeros().toPlainString()
                                        + " "
                                        + c.unit())
                .setHeader(getTranslation("commitment.progress"))
                .setAutoWidth(true);
        grid.addColumn(c -> DateFormats.date(c.deadline(), getLocale()))
                .setHeader(getTranslation("commitment.field.deadline"))
                .setAutoWidth(true);
        grid.addComponentColumn(
                        c ->
                                AgreementView.badge(
                                        getTranslation("commitment.status." + c.status().name()),
                                        c.status() == CommitmentStatus.DONE
                                                ? "success"
                                                : c.status() == CommitmentStatus.LATE
                                                        ? "error"
                                                        : c.status() == CommitmentStatus.AT_RISK
                                                                ? "contrast"
                                                                : ""))
                .setHeader(getTranslation("action.field.status"))
                .setAutoWidth(true);
        grid.addComponentColumn(
                        c -> {
                            Button report =
                                    new Button(
                                            getTranslation("commitment.report"),
                                            e -> reportDialog(c).open());
                            report.addThemeVariants(
                                    ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                            report.setVisible(c.mayReport());
                            return report;
                        })
                .setAutoWidth(true);
        grid.setItems(commitments.of(details.id()));
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("commitment.empty"));
        add(grid);
        if (details.may().edit()) {
            add(form(details));
        }
    }

    private Div form(AgreementDetails details) {
        TextField description = new TextField(getTranslation("commitment.field.description"));
        description.setMaxLength(1000);
        description.setWidth("22rem");
        ComboBox<OrganisationSummary> owner =
                new ComboBox<>(getTranslation("commitment.field.owner"));
        ComponentTexts.localize(owner);
        owner.setItemLabelGenerator(OrganisationSummary::name);
        owner.setItems(
                q ->
                        regions
                                .findOrganisations(
                                        q.getFilter().orElse(""), q.getOffset(), q.getLimit())
                                .stream());
        Select<Theme> theme = new Select<>();
        theme.setLabel(getTranslation("decision.field.theme"));
        theme.setItems(Theme.values());
        theme.setItemLabelGenerator(t -> t == null ? "" : getTranslation("theme." + t.name()));
        BigDecimalField target = new BigDecimalField(getTranslation("commitment.field.target"));
        ComponentTexts.localize(target);
        TextField unit = new TextField(getTranslation("commitment.field.unit"));
        unit.setMaxLength(60);
        DatePicker deadline = new DatePicker(getTranslation("commitment.field.deadline"));
        ComponentTexts.localize(deadline);
        deadline.setLocale(getLocale());
        deadline.setMin(LocalDate.now());
        TextField indicator = new TextField(getTranslation("commitment.field.indicator"));
        indicator.setMaxLength(300);
        Button add =
                new Button(
                        getTranslation("commitment.add"),
                        e ->
                                act(
                                        () ->
                                                commitments.add(
                                                        details.id(),
                                                        new CommitmentForm(
                                                                description.getValue(),
                                                                owner.getValue() == null
                                                                        ? null
                                                                        : owner.getValue().id(),
                                                                theme.getValue(),
                                                                target.getValue(),
                                                                unit.getValue(),
                                                                deadline.getValue(),
                                                                indicator.getValue()))));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(description, owner, theme, target, unit, deadline, indicator, add);
        form.addClassName("toolbar");
        return form;
    }

    private Dialog reportDialog(CommitmentRow commitment) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(
                getTranslation("commitment.report") + ": " + commitment.description());
        BigDecimalField value =
                new BigDecimalField(getTranslation("commitment.field.value", commitment.unit()));
        ComponentTexts.localize(value);
        value.setValue(commitment.reached());
        DatePicker on =
                new DatePicker(getTranslation("commitment.field.reportedOn"), LocalDate.now());
        ComponentTexts.localize(on);
        on.setLocale(getLocale());
        on.setMax(LocalDate.now());
        TextField remark = new TextField(getTranslation("commitment.field.remark"));
        remark.setMaxLength(1000);
        remark.setWidthFull();
        dialog.add(new Div(value, on, remark));
        Button ok =
                new Button(
                        getTranslation("common.save"),
                        e -> {
                            if (act(
                                    () ->
                                            commitments.report(
                                                    commitment.id(),
                                                    value.getValue(),
                                                    on.getValue(),
                                                    remark.getValue()))) {
                                dialog.close();
                            }
                        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter()
                .add(new Button(getTranslation("common.cancel"), e -> dialog.close()), ok);
        return dialog;
    }

    private boolean act(Runnable change) {
        return Feedback.attempt(this, change, refreshPage);
    }
}
