package nl.brabant.regiotafel.agreement.export;

import java.time.LocalDate;

/**
 * One municipality's adoption of the agreement; {@code adoptedOn} is null while it has not adopted
 * it yet.
 */
public record AdoptionLine(
        String municipality, LocalDate adoptedOn, String decisionReference, String recordedBy) {}
