package nl.brabant.regiotafel.agreement;

/**
 * The address of an agreement page, in one place: its {@code @Route} template and every link to it.
 */
public final class AgreementRoutes {

    /** An inter-municipal agreement of a region. */
    public static final String AGREEMENT = "regio/:code/afspraken/:agreementId";

    private AgreementRoutes() {}

    /** The path of an agreement page, without a leading slash (relative to the application). */
    public static String agreement(String regionCode, long agreementId) {
        return "regio/" + regionCode + "/afspraken/" + agreementId;
    }
}
