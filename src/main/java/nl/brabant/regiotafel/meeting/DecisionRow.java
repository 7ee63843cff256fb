package nl.brabant.regiotafel.meeting;

import nl.brabant.regiotafel.region.Theme;

public record DecisionRow(long id, int number, String text, Theme theme, Long agendaItemId) {}
