package nl.brabant.regiotafel.agreement.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import nl.brabant.regiotafel.agreement.AuditRow;
import nl.brabant.regiotafel.agreement.AuditService;
import nl.brabant.regiotafel.base.format.DateFormats;

/** Every change to the agreement: who, what, when (for the region's aldermen and the province). */
class AuditPanel extends Div {

    AuditPanel(AuditService audits, long agreementId) {
        Grid<AuditRow> grid = new Grid<>();
        grid.setId("audit");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(a -> DateFormats.timestamp(a.at(), getLocale()))
                .setHeader(getTranslation("notification.when"))
                .setAutoWidth(true);
        grid.addColumn(AuditRow::actor).setHeader(getTranslation("agreement.author"));
        grid.addColumn(a -> getTranslation("audit." + a.action()))
                .setHeader(getTranslation("agreement.change"));
        grid.addColumn(a -> a.detail() == null ? "" : a.detail())
                .setHeader(getTranslation("audit.detail"))
                .setFlexGrow(2);
        grid.setItems(q -> audits.of(agreementId, q.getOffset(), q.getLimit()).stream());
        grid.setHeight("28rem");
        add(grid);
    }
}
