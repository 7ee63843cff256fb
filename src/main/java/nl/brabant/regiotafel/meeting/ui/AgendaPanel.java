package nl.brabant.regiotafel.meeting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import nl.brabant.regiotafel.base.format.DateFormats;
import nl.brabant.regiotafel.base.ui.ComponentTexts;
import nl.brabant.regiotafel.meeting.ActionItemRow;
import nl.brabant.regiotafel.meeting.Agenda;
import nl.brabant.regiotafel.meeting.AgendaItemRow;
import nl.brabant.regiotafel.meeting.AgendaItemStatus;
import nl.brabant.regiotafel.meeting.AgendaService;
import nl.brabant.regiotafel.meeting.AttachmentService;
import nl.brabant.regiotafel.meeting.ConfidentialityService;
import nl.brabant.regiotafel.meeting.MeetingDetails;
import nl.brabant.regiotafel.security.PeopleDirectory;

/**
 * The agenda: time plan, follow-up block, proposals; accept, reject, order and time for managers.
 *
 * <p>Longer than 250 lines: the time plan, the follow-ups, the lists of accepted, proposed and
 * rejected items and the manager's actions are all drawn from one read of the agenda, and every
 * change made here carries the versions of that read.
 */
class AgendaPanel extends Div {

    private final AgendaService agendas;
    private final AttachmentService attachments;
    private final ConfidentialityService confidentiality;
    private final boolean mayMarkConfidential;
    private final MeetingDetails meeting;
    private final MeetingView view;

    AgendaPanel(
            AgendaService agendas,
            AttachmentService attachments,
            ConfidentialityService confidentiality,
            PeopleDirectory people,
            MeetingDetails meeting,
            MeetingView view) {
        this.agendas = agendas;
        this.attachments = attachments;
        this.confidentiality = confidentiality;
        this.mayMarkConfidential = confidentiality.mayMark(meeting.id());
        this.meeting = meeting;
        this.view = view;
        addClassName("agenda-panel");
        Agenda agenda = agendas.agenda(meeting.id());

        if (meeting.may().propose()) {
            Button propose =
                    new Button(
                            getTranslation("agenda.propose"),
                            VaadinIcon.PLUS.create(),
                            e ->
                                    new AgendaItemDialog(
                                                    people.me(),
                                                    form -> {
                                                        agendas.propose(meeting.id(), form);
                                                        view.refresh();
                                                    })
                                            .open());
            propose.setId("propose-item");
            propose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(propose);
        }
        Paragraph plan =
                new Paragraph(
                        getTranslation(
                                "agenda.plan", agenda.plannedMinutes(), agenda.availableMinutes()));
        plan.addClassName("time-plan");
        add(plan);
        if (agenda.overrunMinutes() > 0) {
            Paragraph warning =
                    new Paragraph(getTranslation("agenda.overrun", agenda.overrunMinutes()));
            warning.addClassName("warning");
            warning.getElement().setAttribute("role", "alert");
            warning.setId("agenda-overrun");
            add(warning);
        }
        add(followUps(agenda.followUps()));

        List<AgendaItemRow> accepted =
                agenda.items().stream()
                        .filter(i -> i.status() == AgendaItemStatus.ACCEPTED)
                        .toList();
        List<AgendaItemRow> proposed =
                agenda.items().stream()
                        .filter(i -> i.status() == AgendaItemStatus.PROPOSED)
                        .toList();
        List<AgendaItemRow> rejected =
                agenda.items().stream()
                        .filter(i -> i.status() == AgendaItemStatus.REJECTED)
                        .toList();
        add(new H3(getTranslation("agenda.accepted")));
        if (accepted.isEmpty()) {
            add(
                    empty(
                            meeting.may().manageAgenda()
                                    ? "agenda.accepted.empty.manager"
                                    : "agenda.accepted.empty"));
        }
        OrderedList list = new OrderedList();
        list.addClassName("agenda-items");
        list.setId("agenda-items");
        for (int i = 0; i < accepted.size(); i++) {
            list.add(new ListItem(card(accepted.get(i), agenda, accepted, i)));
        }
        add(list);
        if (!proposed.isEmpty() || meeting.may().manageAgenda()) {
            add(new H3(getTranslation("agenda.proposed")));
            if (proposed.isEmpty()) {
                add(empty("agenda.proposed.empty"));
            }
            UnorderedList proposals = new UnorderedList();
            proposals.addClassName("agenda-items");
            proposals.setId("proposed-items");
            proposed.forEach(item -> proposals.add(new ListItem(card(item, agenda, accepted, -1))));
            add(proposals);
        }
        if (!rejected.isEmpty()) {
            add(new H3(getTranslation("agenda.rejected")));
            UnorderedList list2 = new UnorderedList();
            list2.addClassName("agenda-items");
            rejected.forEach(item -> list2.add(new ListItem(card(item, agenda, accepted, -1))));
            add(list2);
        }
    }

    private Div followUps(List<ActionItemRow> followUps) {
        Div block = new Div(new H4(getTranslation("agenda.followUps")));
        block.addClassName("follow-ups");
        block.setId("follow-ups");
        if (followUps.isEmpty()) {
            block.add(empty("agenda.followUps.empty"));
            return block;
        }
        UnorderedList list = new UnorderedList();
        for (ActionItemRow a : followUps) {
            ListItem li =
                    new ListItem(
                            a.description()
                                    + " — "
                                    + owner(a)
                                    + ", "
                                    + getTranslation(
                                            "action.due",
                                            DateFormats.date(a.dueDate(), getLocale()))
                                    + " ("
                                    + getTranslation("action.status." + a.status().name())
                                    + ")");
            if (a.overdue()) {
                li.addClassName("overdue");
            }
            list.add(li);
        }
        block.add(list);
        return block;
    }

    private Div card(AgendaItemRow item, Agenda agenda, List<AgendaItemRow> accepted, int index) {
        Div card = new Div();
        card.addClassName("agenda-item");
        Div head = new Div();
        head.addClassName("agenda-item-head");
        if (item.startsAt() != null) {
            head.add(Styled.withClass(new Span(DateFormats.time(item.startsAt())), "agenda-time"));
        }
        head.add(Styled.withClass(new Span(item.title()), "agenda-title"));
        head.add(new Span(getTranslation("agenda.minutes", item.durationMinutes())));
        item.themes().stream()
                .sorted()
                .forEach(
                        t ->
                                head.add(
                                        Styled.badge(
                                                getTranslation("theme." + t.name()), "contrast")));
        if (item.status() != AgendaItemStatus.ACCEPTED) {
            head.add(
                    Styled.badge(
                            getTranslation("agenda.status." + item.status().name()),
                            item.status() == AgendaItemStatus.REJECTED ? "error" : ""));
        }
        card.add(head);
        if (item.status() == AgendaItemStatus.ACCEPTED) {
            card.add(
                    ConfidentialToggle.of(
                            mayMarkConfidential,
                            item.confidential(),
                            item.title(),
                            "confidential-item-" + item.id(),
                            on -> view.act(() -> confidentiality.markItem(item.id(), on)),
                            this));
        }
        String presenter = join(item.presenterName(), item.presenterOrganisation());
        if (!presenter.isEmpty()) {
            card.add(
                    Styled.withClass(
                            new Span(getTranslation("agenda.presenter", presenter)),
                            "agenda-presenter"));
        }
        if (item.explanation() != null) {
            card.add(Styled.withClass(new Paragraph(item.explanation()), "plain-text"));
        }
        if (item.rejectionReason() != null) {
            card.add(
                    Styled.withClass(
                            new Paragraph(
                                    getTranslation(
                                            "agenda.rejectedBecause", item.rejectionReason())),
                            "rejection"));
        }
        card.add(
                new AttachmentsBlock(
                        attachments, confidentiality, mayMarkConfidential, item, meeting, view));
        if (meeting.may().manageAgenda()) {
            card.add(managerActions(item, agenda, accepted, index));
        }
        return card;
    }

    private Div managerActions(
            AgendaItemRow item, Agenda agenda, List<AgendaItemRow> accepted, int index) {
        Div actions = new Div();
        actions.addClassName("item-actions");
        if (item.status() != AgendaItemStatus.ACCEPTED) {
            Button accept =
                    new Button(
                            getTranslation("agenda.accept"),
                            VaadinIcon.CHECK.create(),
                            e ->
                                    askMinutes(
                                            item,
                                            "agenda.accept",
                                            minutes ->
                                                    agendas.accept(
                                                            item.id(), minutes, item.version())));
            accept.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_SMALL);
            accept.setAriaLabel(getTranslation("agenda.accept") + ": " + item.title());
            actions.add(accept);
        }
        if (item.status() != AgendaItemStatus.REJECTED) {
            Button reject =
                    new Button(
                            getTranslation("agenda.reject"),
                            VaadinIcon.CLOSE_SMALL.create(),
                            e -> askReason(item));
            reject.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            reject.setAriaLabel(getTranslation("agenda.reject") + ": " + item.title());
            actions.add(reject);
        }
        if (item.status() == AgendaItemStatus.ACCEPTED) {
            Button duration =
                    new Button(
                            getTranslation("agenda.setDuration"),
                            VaadinIcon.CLOCK.create(),
                            e ->
                                    askMinutes(
                                            item,
                                            "agenda.setDuration",
                                            minutes ->
                                                    agendas.setDuration(
                                                            item.id(), minutes, item.version())));
            duration.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            actions.add(duration);
            Button up =
                    new Button(
                            VaadinIcon.ARROW_UP.create(), e -> move(agenda, accepted, index, -1));
            up.setAriaLabel(getTranslation("agenda.moveUp") + ": " + item.title());
            up.setEnabled(index > 0);
            Button down =
                    new Button(
                            VaadinIcon.ARROW_DOWN.create(), e -> move(agenda, accepted, index, 1));
            down.setAriaLabel(getTranslation("agenda.moveDown") + ": " + item.title());
            down.setEnabled(index < accepted.size() - 1);
            up.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            down.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            actions.add(up, down);
        }
        return actions;
    }

    /** Swaps an accepted item with its neighbour, keeping all other items where they are. */
    private void move(Agenda agenda, List<AgendaItemRow> accepted, int index, int delta) {
        List<Long> order = new ArrayList<>(agenda.items().stream().map(AgendaItemRow::id).toList());
        long a = accepted.get(index).id();
        long b = accepted.get(index + delta).id();
        int ia = order.indexOf(a);
        int ib = order.indexOf(b);
        order.set(ia, b);
        order.set(ib, a);
        view.act(() -> agendas.reorder(meeting.id(), order, agenda.meetingVersion()));
    }

    private void askMinutes(AgendaItemRow item, String titleKey, IntConsumer save) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(titleKey) + ": " + item.title());
        IntegerField minutes = new IntegerField(getTranslation("agenda.field.minutes"));
        ComponentTexts.localize(minutes);
        minutes.setMin(1);
        minutes.setMax(240);
        minutes.setStepButtonsVisible(true);
        minutes.setValue(item.durationMinutes());
        minutes.setId("duration-minutes");
        dialog.add(minutes);
        Button ok =
                new Button(
                        getTranslation(titleKey),
                        e -> {
                            if (view.act(
                                    () ->
                                            save.accept(
                                                    minutes.getValue() == null
                                                            ? 0
                                                            : minutes.getValue()))) {
                                dialog.close();
                            }
                        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.setId("confirm-duration");
        dialog.getFooter()
                .add(new Button(getTranslation("common.cancel"), e -> dialog.close()), ok);
        dialog.open();
        minutes.focus();
    }

    private void askReason(AgendaItemRow item) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("agenda.reject") + ": " + item.title());
        TextArea reason = new TextArea(getTranslation("agenda.field.reason"));
        reason.setHelperText(getTranslation("agenda.field.reason.help"));
        reason.setMaxLength(1000);
        reason.setRequiredIndicatorVisible(true);
        reason.setWidth("30rem");
        dialog.add(reason);
        Button ok =
                new Button(
                        getTranslation("agenda.reject"),
                        e -> {
                            if (view.act(
                                    () ->
                                            agendas.reject(
                                                    item.id(),
                                                    reason.getValue(),
                                                    item.version()))) {
                                dialog.close();
                            }
                        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.getFooter()
                .add(new Button(getTranslation("common.cancel"), e -> dialog.close()), ok);
        dialog.open();
        reason.focus();
    }

    private Paragraph empty(String key) {
        return Styled.withClass(new Paragraph(getTranslation(key)), "empty-state");
    }

    private static String join(String a, String b) {
        if (a == null || a.isBlank()) {
            return b == null ? "" : b;
        }
        return b == null || b.isBlank() ? a : a + " (" + b + ")";
    }

    static String owner(ActionItemRow a) {
        return join(a.ownerName(), a.ownerOrganisation());
    }
}
