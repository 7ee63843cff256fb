package nl.brabant.regiotafel.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import nl.brabant.regiotafel.base.format.DateFormats;
import nl.brabant.regiotafel.base.ui.ComponentTexts;
import nl.brabant.regiotafel.meeting.ActionItemForm;
import nl.brabant.regiotafel.meeting.ActionItemRow;
import nl.brabant.regiotafel.meeting.ActionItemService;
import nl.brabant.regiotafel.meeting.AgendaItemRow;
import nl.brabant.regiotafel.meeting.AgendaItemStatus;
import nl.brabant.regiotafel.meeting.AgendaService;
import nl.brabant.regiotafel.meeting.DecisionRow;
import nl.brabant.regiotafel.meeting.MeetingDetails;
import nl.brabant.regiotafel.meeting.MeetingStatus;
import nl.brabant.regiotafel.meeting.MinutesService;
import nl.brabant.regiotafel.region.OrganisationSummary;
import nl.brabant.regiotafel.region.RegionService;
import nl.brabant.regiotafel.region.Theme;
import nl.brabant.regiotafel.security.PeopleDirectory;
import nl.brabant.regiotafel.security.PersonSummary;

/**
 * Minutes per agenda item, the numbered decisions and the action items of a meeting.
 *
 * <p>Longer than 250 lines: the minutes per item, the decisions and the action items are written
 * side by side at the meeting, from one read of the meeting and its agenda, and a decision or
 * action item refers to an item of that agenda.
 */
class MinutesPanel extends Div {

    private final MeetingView view;

    MinutesPanel(
            AgendaService agendas,
            MinutesService minutes,
            ActionItemService actionItems,
            PeopleDirectory people,
            RegionService regions,
            MeetingDetails meeting,
            MeetingView view) {
        this.view = view;
        addClassName("minutes-panel");
        boolean write = meeting.may().writeMinutes();
        if (meeting.status() == MeetingStatus.PLANNED) {
            add(Styled.withClass(new Paragraph(getTranslation("minutes.notYet")), "empty-state"));
        }
        List<AgendaItemRow> items =
                agendas.agenda(meeting.id()).items().stream()
                        .filter(i -> i.status() == AgendaItemStatus.ACCEPTED)
                        .toList();
        add(new H3(getTranslation("minutes.title")));
        OrderedList list = new OrderedList();
        list.addClassName("minutes-items");
        for (AgendaItemRow item : items) {
            ListItem li = new ListItem(new H4(item.title()));
            if (write) {
                TextArea text = new TextArea();
                text.setAriaLabel(getTranslation("minutes.itemLabel", item.title()));
                text.setValue(item.minutesText() == null ? "" : item.minutesText());
                text.setMaxLength(20000);
                text.setWidthFull();
                text.addClassName("item-minutes");
                Button save =
                        new Button(
                                getTranslation("minutes.save"),
                                e ->
                                        view.act(
                                                () ->
                                                        minutes.saveItemMinutes(
                                                                item.id(),
                                                                text.getValue(),
                                                                item.version())));
                save.addThemeVariants(ButtonVariant.LUMO_SMALL);
                save.setAriaLabel(getTranslation("minutes.save") + ": " + item.title());
                li.add(text, save);
            } else if (item.minutesText() != null) {
                li.add(Styled.withClass(new Paragraph(item.minutesText()), "plain-text"));
            }
            list.add(li);
        }
        add(list);

        add(new H3(getTranslation("decision.title")));
        List<DecisionRow> decisions = minutes.decisions(meeting.id());
        if (decisions.isEmpty()) {
            add(Styled.withClass(new Paragraph(getTranslation("decision.empty")), "empty-state"));
        }
        Div decisionList = new Div();
        decisionList.setId("decisions");
        for (DecisionRow d : decisions) {
            Div row =
                    new Div(
                            Styled.withClass(new Span("B" + d.number()), "decision-number"),
                            new Span(d.text()),
                            Styled.badge(getTranslation("theme." + d.theme().name()), "contrast"));
            row.addClassName("decision");
            decisionList.add(row);
        }
        add(decisionList);
        if (write) {
            add(decisionForm(minutes, meeting, items));
        }

        add(new H3(getTranslation("action.title")));
        add(actionGrid(actionItems, actionItems.ofMeeting(meeting.id())));
        if (meeting.may().createActionItems()) {
            add(actionForm(actionItems, people, regions, meeting, decisions));
        }
    }

    private Div decisionForm(
            MinutesService minutes, MeetingDetails meeting, List<AgendaItemRow> items) {
        TextArea text = new TextArea(getTranslation("decision.field.text"));
        text.setMaxLength(5000);
        text.setWidth("28rem");
        text.setId("decision-text");
        Select<Theme> theme = themeSelect();
        theme.setId("decision-theme");
        Select<AgendaItemRow> item = new Select<>();
        item.setLabel(getTranslation("decision.field.item"));
        item.setItems(items);
        item.setItemLabelGenerator(i -> i == null ? "" : i.title());
        item.setEmptySelectionAllowed(true);
        Button add =
                new Button(
                        getTranslation("decision.add"),
                        e ->
                                view.act(
                                        () ->
                                                minutes.addDecision(
                                                        meeting.id(),
                                                        text.getValue(),
                                                        theme.getValue(),
                                                        item.getValue() == null
                                                                ? null
                                                                : item.getValue().id())));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("add-decision");
        Div form = new Div(text, theme, item, add);
        form.addClassName("toolbar");
        return form;
    }

    private Grid<ActionItemRow> actionGrid(
            ActionItemService actionItems, List<ActionItemRow> rows) {
        Grid<ActionItemRow> grid = new Grid<>();
        grid.setId("meeting-action-items");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(ActionItemRow::description)
                .setHeader(getTranslation("action.field.description"))
                .setFlexGrow(3);
        grid.addColumn(AgendaPanel::owner)
                .setHeader(getTranslation("action.field.owner"))
                .setFlexGrow(2);
        grid.addColumn(a -> DateFormats.date(a.dueDate(), getLocale()))
                .setHeader(getTranslation("action.field.due"))
                .setAutoWidth(true);
        grid.addColumn(a -> a.decisionNumber() == null ? "" : "B" + a.decisionNumber())
                .setHeader(getTranslation("action.field.decision"))
                .setAutoWidth(true);
        grid.addComponentColumn(
                        a -> ActionItemsView.statusControl(a, actionItems, this, view::refresh))
                .setHeader(getTranslation("action.field.status"))
                .setAutoWidth(true);
        grid.setPartNameGenerator(a -> a.overdue() ? "overdue" : null);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("action.empty"));
        grid.setAriaLabel(getTranslation("action.title"));
        return grid;
    }

    private Div actionForm(
            ActionItemService actionItems,
            PeopleDirectory people,
            RegionService regions,
            MeetingDetails meeting,
            List<DecisionRow> decisions) {
        TextField description = new TextField(getTranslation("action.field.description"));
        description.setMaxLength(1000);
        description.setWidth("24rem");
        description.setId("action-description");
        ComboBox<PersonSummary> owner = new ComboBox<>(getTranslation("action.field.ownerPerson"));
        ComponentTexts.localize(owner);
        owner.setItems(people.membersOf(meeting.regionId()));
        owner.setItemLabelGenerator(
                p ->
                        p.displayName()
                                + (p.organisationName().isEmpty()
                                        ? ""
                                        : " (" + p.organisationName() + ")"));
        owner.setId("action-owner");
        ComboBox<OrganisationSummary> organisation =
                new ComboBox<>(getTranslation("action.field.ownerOrganisation"));
        ComponentTexts.localize(organisation);
        organisation.setItemLabelGenerator(OrganisationSummary::name);
        organisation.setItems(
                q ->
                        regions
                                .findOrganisations(
                                        q.getFilter().orElse(""), q.getOffset(), q.getLimit())
                                .stream());
        DatePicker due = new DatePicker(getTranslation("action.field.due"));
        ComponentTexts.localize(due);
        due.setLocale(getLocale());
        due.setMin(LocalDate.now().minusYears(1));
        due.setId("action-due");
        Select<DecisionRow> decision = new Select<>();
        decision.setLabel(getTranslation("action.field.decision"));
        decision.setItems(decisions);
        decision.setItemLabelGenerator(d -> d == null ? "" : "B" + d.number());
        decision.setEmptySelectionAllowed(true);
        Button add =
                new Button(
                        getTranslation("action.add"),
                        e ->
                                view.act(
                                        () ->
                                                actionItems.create(
                                                        meeting.id(),
                                                        new ActionItemForm(
                                                                description.getValue(),
                                                                owner.getValue() == null
                                                                        ? null
                                                                        : owner.getValue().id(),
                                                                organisation.getValue() == null
                                                                        ? null
                                                                        : organisation
                                                                                .getValue()
                                                                                .id(),
                                                                due.getValue(),
                                                                decision.getValue() == null
                                                                        ? null
                                                                        : decision.getValue().id(),
                                                                null))));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("add-action");
        Div form = new Div(description, owner, organisation, due, decision, add);
        form.addClassName("toolbar");
        return form;
    }

    private Select<Theme> themeSelect() {
        Select<Theme> theme = new Select<>();
        theme.setLabel(getTranslation("decision.field.theme"));
        theme.setItems(Theme.values());
        theme.setItemLabelGenerator(t -> getTranslation("theme." + t.name()));
        return theme;
    }
}
