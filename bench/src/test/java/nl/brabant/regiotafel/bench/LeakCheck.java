package nl.brabant.regiotafel.bench;

/** Visits a page sequence many times in one UI; run jcmd class histograms around it. */
public final class LeakCheck {
    public static void main(String[] args) throws Exception {
        String base = System.getProperty("base", "http://localhost:8080");
        int i = Integer.getInteger("user", 290);
        String mode = System.getProperty("mode", "plain");
        int rounds = Integer.getInteger("rounds", 10);
        LoadAccount account = new LoadAccount(i);
        String username = account.username();
        HttpUser u = new HttpUser(base);
        u.logIn(username, LoadAccount.DEFAULT_PASSWORD);
        u.open("");
        String region = account.region();
        for (int r = 0; r < rounds; r++) {
            u.follow(Screens.agreementRoute(u.ui(), account.agreementTitle()));
            if (mode.contains("save")) {
                u.send(u.ui().click(Screens.editButton(u.ui(), "Artikel van " + username)));
                var body = u.ui().requireId("article-body");
                u.send(
                        u.ui().typeAndClick(
                                        body,
                                        body.properties.get("value") + " x",
                                        u.ui().requireId("save-article")));
            }
            if (mode.contains("monitor")) {
                u.follow("monitor");
            }
            u.follow("regio/" + region);
        }
        System.out.println("done " + rounds + " rounds, mode " + mode);
    }
}
