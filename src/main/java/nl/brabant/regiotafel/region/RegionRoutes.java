package nl.brabant.regiotafel.region;

/**
 * The address of a region's workspace, in one place: its {@code @Route} template and every link to
 * it.
 */
public final class RegionRoutes {

    /** The route parameter that holds the region's code. */
    public static final String CODE = "code";

    /** A region's workspace. */
    public static final String REGION = "regio/:" + CODE;

    private RegionRoutes() {}

    /** The path of a region's workspace, without a leading slash (relative to the application). */
    public static String region(String regionCode) {
        return "regio/" + regionCode;
    }
}
