package nl.brabant.regiotafel.meeting;

import java.time.LocalDate;

/** A new action item: an owner (person and/or organisation), a due date, optionally its origin. */
public record ActionItemForm(
        String description,
        Long ownerUserId,
        Long ownerOrganisationId,
        LocalDate dueDate,
        Long decisionId,
        Long agendaItemId) {}
