package nl.brabant.regiotafel.meeting;

import java.util.Set;
import nl.brabant.regiotafel.region.Theme;

/** A proposal for the agenda as a person fills it in. */
public record AgendaItemForm(
        String title,
        String explanation,
        String presenterName,
        String presenterOrganisation,
        int proposedMinutes,
        Set<Theme> themes) {}
