package nl.brabant.regiotafel.monitor;

import nl.brabant.regiotafel.region.Theme;

/** How often a theme occurs in a region's accepted agenda items, decisions and commitments. */
public record ThemeCount(
        long regionId, Theme theme, int agendaItems, int decisions, int commitments) {}
