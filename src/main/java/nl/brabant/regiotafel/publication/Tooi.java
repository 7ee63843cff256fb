package nl.brabant.regiotafel.publication;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import nl.brabant.regiotafel.region.PublicRegionDirectory.PublicMunicipality;

/**
 * Organisation identifiers of the TOOI standard (Thesaurus en Ontologie Overheidsinformatie). The
 * province of Noord-Brabant is {@code pv30}; a municipality's identifier is built from its CBS
 * code, and only when that code came from an official list: a municipality without one is left out,
 * never guessed.
 */
final class Tooi {

    static final String PROVINCE = "https://identifier.overheid.nl/tooi/id/provincie/pv30";
    private static final String MUNICIPALITY = "https://identifier.overheid.nl/tooi/id/gemeente/";
    private static final Pattern CBS_CODE = Pattern.compile("GM\\d{4}");

    private Tooi() {}

    static String identifiers(List<PublicMunicipality> municipalities) {
        List<String> ids = new ArrayList<>();
        ids.add(PROVINCE);
        for (PublicMunicipality m : municipalities) {
            if (m.cbsCode() != null && CBS_CODE.matcher(m.cbsCode()).matches()) {
                ids.add(MUNICIPALITY + m.cbsCode().toLowerCase(Locale.ROOT));
            }
        }
        return String.join(" ", ids);
    }
}
