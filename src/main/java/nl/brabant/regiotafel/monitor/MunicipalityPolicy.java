package nl.brabant.regiotafel.monitor;

import java.time.LocalDate;

/** A municipality's policy framework now (NONE with a null date when nothing was recorded). */
public record MunicipalityPolicy(
        long municipalityId,
        String municipality,
        long regionId,
        String regionCode,
        PolicyStatus status,
        LocalDate since,
        boolean mayEdit) {}
