package nl.brabant.regiotafel.publication;

/** The addresses of the public (Woo) site, in one place; all work without signing in. */
public final class PublicRoutes {

    /** The start page: the regions and what each published. */
    public static final String ROOT = "/openbaar";

    private PublicRoutes() {}

    public static String region(String regionCode) {
        return ROOT + "/" + regionCode;
    }

    public static String publication(String publicId) {
        return ROOT + "/publicatie/" + publicId;
    }

    public static String document(String publicId, String fileName) {
        return publication(publicId) + "/" + fileName;
    }

    /** The feed of everything, or of one region: {@code extension} json, csv or atom. */
    public static String feed(String regionCode, String extension) {
        return (regionCode == null ? ROOT : region(regionCode)) + "/feed." + extension;
    }
}
