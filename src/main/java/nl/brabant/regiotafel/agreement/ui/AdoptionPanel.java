package nl.brabant.regiotafel.agreement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Map;
import nl.brabant.regiotafel.agreement.AdoptionRow;
import nl.brabant.regiotafel.agreement.AgreementDetails;
import nl.brabant.regiotafel.agreement.AgreementLifecycleService;
import nl.brabant.regiotafel.base.format.DateFormats;
import nl.brabant.regiotafel.base.ui.ComponentTexts;
import nl.brabant.regiotafel.base.ui.Feedback;

/** Adoption per participating municipality; the alderman of one records theirs here. */
class AdoptionPanel extends Div {

    /**
     * @param refreshPage draws the page again from the latest state, after an adoption recorded
     *     here
     */
    AdoptionPanel(
            AgreementDetails details, AgreementLifecycleService lifecycle, Runnable refreshPage) {
        add(
                new Paragraph(
                        getTranslation(
                                "adoption.summary",
                                details.adoptions().size(),
                                details.municipalities().size())));
        Grid<Map.Entry<Long, String>> grid = new Grid<>();
        grid.setId("adoptions");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(Map.Entry::getValue).setHeader(getTranslation("adoption.municipality"));
        grid.addColumn(
                        m -> {
                            AdoptionRow row = details.adoptions().get(m.getKey());
                            return row == null
                                    ? getTranslation("adoption.notYet")
                                    : DateFormats.date(row.adoptedOn(), getLocale());
                        })
                .setHeader(getTranslation("adoption.date"));
        grid.addColumn(
                        m -> {
                            AdoptionRow row = details.adoptions().get(m.getKey());
                            return row == null ? "" : row.decisionReference();
                        })
                .setHeader(getTranslation("adoption.reference"));
        grid.setItems(details.municipalities().entrySet());
        grid.setAllRowsVisible(true);
        add(grid);
        if (details.may().adoptFor() != null) {
            DatePicker date = new DatePicker(getTranslation("adoption.date"), LocalDate.now());
            ComponentTexts.localize(date);
            date.setLocale(getLocale());
            date.setMax(LocalDate.now());
            TextField reference = new TextField(getTranslation("adoption.reference"));
            reference.setMaxLength(200);
            reference.setHelperText(getTranslation("adoption.reference.help"));
            Button adopt =
                    new Button(
                            getTranslation(
                                    "adoption.record",
                                    details.municipalities().get(details.may().adoptFor())),
                            e ->
                                    Feedback.attempt(
                                            this,
                                            () ->
                                                    lifecycle.recordAdoption(
                                                            details.id(),
                                                            date.getValue(),
                                                            reference.getValue()),
                                            refreshPage));
            adopt.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            adopt.setId("record-adoption");
            Div form = new Div(date, reference, adopt);
            form.addClassName("toolbar");
            add(form);
        }
    }
}
