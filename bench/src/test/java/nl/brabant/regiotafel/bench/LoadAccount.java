package nl.brabant.regiotafel.bench;

import java.util.List;

/**
 * The load-test accounts as the application's LoadTestData makes them: {@code last.NNN}, numbered
 * round the seven regions, eight per draft agreement "Belastingproef REGION n", each with an
 * article "Artikel van last.NNN".
 */
public record LoadAccount(int number) {

    static final List<String> REGIONS = List.of("WBW", "BRE", "HVB", "NOB", "SGE", "PEEL", "KA2");
    static final String DEFAULT_PASSWORD = "Regiotafel-last-2026";

    public String username() {
        return "last.%03d".formatted(number);
    }

    public String region() {
        return REGIONS.get((number - 1) % REGIONS.size());
    }

    public String agreementTitle() {
        return "Belastingproef %s %d".formatted(region(), (number - 1) / REGIONS.size() / 8 + 1);
    }

    public String articleHeading() {
        return "Artikel van " + username();
    }

    /** Signs in and opens this account's agreement, as a person following the workspace link. */
    public HttpUser openAgreement(String base, String password) throws Exception {
        HttpUser user = new HttpUser(base);
        user.logIn(username(), password);
        user.open("");
        user.follow(Screens.agreementRoute(user.ui(), agreementTitle()));
        return user;
    }
}
