package nl.brabant.regiotafel.monitor;

import java.time.LocalDate;

public record PolicyHistoryRow(PolicyStatus status, LocalDate validFrom, String note) {}
