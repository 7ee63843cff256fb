package nl.brabant.regiotafel.meeting;

import java.util.List;

/**
 * A meeting's agenda: accepted items in order with their start times, then open proposals, then
 * rejected ones; the open action items of earlier meetings as a follow-up block; and how far the
 * time plan runs past the meeting's end (0 when it fits).
 */
public record Agenda(
        long meetingVersion,
        List<AgendaItemRow> items,
        List<ActionItemRow> followUps,
        int plannedMinutes,
        int availableMinutes,
        int overrunMinutes) {}
