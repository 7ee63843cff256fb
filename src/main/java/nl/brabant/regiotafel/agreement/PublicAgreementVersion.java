package nl.brabant.regiotafel.agreement;

import java.time.LocalDate;
import java.util.List;

/**
 * An adopted agreement as it may be published under the Woo: the adopted (frozen) version as PDF/A,
 * without the name of whoever made that version, and the adoption per municipality. {@code date} is
 * the latest adoption.
 */
public record PublicAgreementVersion(
        long agreementId,
        long regionId,
        String regionCode,
        String regionName,
        String title,
        AgreementStatus status,
        LocalDate date,
        List<Adoption> adoptions,
        byte[] pdf) {

    /** A municipality's adoption; {@code adoptedOn} null while it has not adopted. */
    public record Adoption(String municipality, LocalDate adoptedOn, String decisionReference) {}
}
