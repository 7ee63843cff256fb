package nl.brabant.regiotafel.agreement;

import java.time.LocalDate;

public record AdoptionRow(
        long municipalityId, String municipality, LocalDate adoptedOn, String decisionReference) {}
