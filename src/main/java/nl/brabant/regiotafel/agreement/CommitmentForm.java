package nl.brabant.regiotafel.agreement;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.brabant.regiotafel.region.Theme;

public record CommitmentForm(
        String description,
        Long ownerOrganisationId,
        Theme theme,
        BigDecimal targetValue,
        String unit,
        LocalDate deadline,
        String indicator) {}
