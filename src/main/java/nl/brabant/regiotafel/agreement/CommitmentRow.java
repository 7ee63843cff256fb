package nl.brabant.regiotafel.agreement;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.brabant.regiotafel.region.Theme;

public record CommitmentRow(
        long id,
        String description,
        long ownerOrganisationId,
        String owner,
        Theme theme,
        BigDecimal targetValue,
        String unit,
        LocalDate deadline,
        String indicator,
        BigDecimal reached,
        LocalDate lastReportedOn,
        CommitmentStatus status,
        boolean mayReport) {}
