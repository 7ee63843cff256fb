package nl.brabant.regiotafel.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.brabant.regiotafel.security.OrganisationAdminService;
import nl.brabant.regiotafel.security.OrganisationRow;

/**
 * Administration of organisations: find, create, rename, change the type, merge a duplicate into
 * the one to keep.
 */
@Route("beheer/organisaties")
@Menu(title = "admin.organisations.title", order = 91, icon = "vaadin:building")
@RolesAllowed("ADMIN")
public class OrganisationAdminView extends Main implements HasDynamicTitle {

    private final OrganisationAdminService organisations;
    private final Grid<OrganisationRow> grid = new Grid<>();
    private final ConfigurableFilterDataProvider<OrganisationRow, Void, String> data;

    public OrganisationAdminView(OrganisationAdminService organisations) {
        this.organisations = organisations;
        addClassNames("page", "page-fill");

        TextField filter = new TextField();
        filter.setId("organisation-filter");
        filter.setPlaceholder(getTranslation("admin.organisations.search"));
        filter.setAriaLabel(getTranslation("admin.organisations.search"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        Button create =
                new Button(
                        getTranslation("admin.organisations.new"),
                        VaadinIcon.PLUS.create(),
                        e -> new OrganisationDialog(organisations, null, this::refresh).open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-organisation");
        Div toolbar = new Div(filter, create);
        toolbar.addClassName("toolbar");

        data =
                DataProvider.<OrganisationRow, String>fromFilteringCallbacks(
                                query ->
                                        organisations
                                                .find(
                                                        query.getFilter().orElse(""),
                                                        query.getOffset(),
                                                        query.getLimit())
                                                .stream(),
                                query -> organisations.count(query.getFilter().orElse("")))
                        .withConfigurableFilter();
        filter.addValueChangeListener(e -> data.setFilter(e.getValue()));

        grid.setId("organisations");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(OrganisationRow::name)
                .setHeader(getTranslation("admin.organisations.name"))
                .setFlexGrow(2);
        grid.addColumn(row -> getTranslation("organisationType." + row.type().name()))
                .setHeader(getTranslation("admin.organisations.type"))
                .setFlexGrow(1);
        grid.addColumn(row -> row.ofMunicipality() ? row.municipality() : "")
                .setHeader(getTranslation("admin.organisations.municipality"))
                .setFlexGrow(1);
        grid.addColumn(OrganisationRow::accounts)
                .setHeader(getTranslation("admin.organisations.accounts"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::actions)
                .setHeader(getTranslation("admin.organisations.actions"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(data);
        grid.setAriaLabel(getTranslation("admin.organisations.title"));
        Span empty = new Span(getTranslation("admin.organisations.empty"));
        grid.setEmptyStateComponent(empty);
        add(toolbar, grid);
    }

    private Div actions(OrganisationRow row) {
        Button edit =
                new Button(
                        getTranslation("admin.organisations.edit"),
                        e -> new OrganisationDialog(organisations, row, this::refresh).open());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        edit.setAriaLabel(getTranslation("admin.organisations.edit.label", row.name()));
        Button merge = new Button(getTranslation("admin.organisations.merge"));
        merge.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        merge.setAriaLabel(getTranslation("admin.organisations.merge.label", row.name()));
        // The organisation of a municipality is never the one merged away (the service says so
        // too). The button stays usable, so that keyboard and screen-reader users hear why; a
        // duplicate of it is merged into it from the duplicate's row.
        merge.addClickListener(
                e -> {
                    if (row.ofMunicipality()) {
                        Notification.show(
                                        getTranslation(
                                                "organisation.error.mergeMunicipality", row.name()),
                                        8000,
                                        Notification.Position.MIDDLE)
                                .addThemeVariants(NotificationVariant.LUMO_WARNING);
                    } else {
                        new MergeOrganisationDialog(organisations, row, this::refresh).open();
                    }
                });
        return new Div(edit, merge);
    }

    private void refresh() {
        data.refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.organisations.title");
    }
}
