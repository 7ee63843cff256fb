package nl.brabant.regiotafel.agreement;

import java.time.Instant;

public record AuditRow(String actor, String action, String detail, Instant at) {}
