package nl.brabant.regiotafel.monitor;

import java.time.LocalDate;
import java.util.Map;

/** How many municipalities had each status on a date. */
public record PolicyCount(LocalDate date, Map<PolicyStatus, Integer> counts) {}
