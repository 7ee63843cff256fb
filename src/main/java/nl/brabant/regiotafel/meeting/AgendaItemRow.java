package nl.brabant.regiotafel.meeting;

import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import nl.brabant.regiotafel.region.Theme;

/**
 * An agenda item as the agenda shows it. {@code startsAt} is its place in the time plan (accepted
 * items only, Europe/Amsterdam); {@code mine} says whether the current user proposed it; a {@code
 * confidential} item stays out of every public (Woo) version.
 */
public record AgendaItemRow(
        long id,
        String title,
        String explanation,
        String presenterName,
        String presenterOrganisation,
        int proposedMinutes,
        int durationMinutes,
        Set<Theme> themes,
        AgendaItemStatus status,
        String rejectionReason,
        LocalTime startsAt,
        String minutesText,
        boolean mine,
        List<AttachmentRow> attachments,
        boolean confidential,
        long version) {}
