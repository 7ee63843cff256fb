package nl.brabant.regiotafel.meeting;

import java.time.LocalDate;

/** An action item with its owner's names; {@code overdue} when open past its due date. */
public record ActionItemRow(
        long id,
        long regionId,
        Long meetingId,
        String description,
        String ownerName,
        String ownerOrganisation,
        LocalDate dueDate,
        ActionItemStatus status,
        boolean overdue,
        boolean mayUpdate,
        Integer decisionNumber,
        long version) {}
