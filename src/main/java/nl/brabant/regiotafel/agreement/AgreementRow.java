package nl.brabant.regiotafel.agreement;

import java.time.Instant;

public record AgreementRow(
        long id, String title, AgreementScope scope, AgreementStatus status, Instant createdAt) {}
