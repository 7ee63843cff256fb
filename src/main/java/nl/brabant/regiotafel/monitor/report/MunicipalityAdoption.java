package nl.brabant.regiotafel.monitor.report;

import java.time.LocalDate;

/**
 * A participating municipality of a region's agreement, with its adoption of the frozen text (both
 * null while it has not adopted).
 */
public record MunicipalityAdoption(
        long regionId, String municipality, LocalDate adoptedOn, String decisionReference) {

    public boolean adopted() {
        return adoptedOn != null;
    }
}
