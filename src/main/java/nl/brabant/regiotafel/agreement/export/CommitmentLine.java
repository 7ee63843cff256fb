package nl.brabant.regiotafel.agreement.export;

import java.time.LocalDate;

/** A measurable commitment made in the agreement, with how far it has come. */
public record CommitmentLine(
        String description,
        String owner,
        String themeLabel,
        String target,
        LocalDate deadline,
        String indicator,
        String progress,
        String statusLabel) {}
