package nl.brabant.regiotafel.bench;

/** Quick check of the protocol client against a running app: {@code exec:java -Dexec.mainClass=...Smoke}. */
public final class Smoke {
    public static void main(String[] args) throws Exception {
        String base = System.getProperty("base", "http://localhost:8081");
        HttpUser u = new HttpUser(base);
        u.logIn("wethouder.wbw", "Regiotafel-demo-2026");
        u.open("");
        System.out.println("workspace shows agreements: " + u.ui().byId("agreements").isPresent());
        String route = Screens.agreementRoute(u.ui(), "West-Brabant West");
        System.out.println("agreement route " + route);
        u.follow(route);
        System.out.println("articles: " + u.ui().byId("articles").isPresent());
        u.send(u.ui().click(Screens.editButton(u.ui(), "Doel en reikwijdte")));
        var body = u.ui().requireId("article-body");
        String marker = "smoke-" + System.currentTimeMillis();
        System.out.println("editor value starts: " + String.valueOf(body.properties.get("value")).substring(0, 30));
        String answer = u.send(u.ui().typeAndClick(body, body.properties.get("value") + " " + marker,
                u.ui().requireId("save-article")));
        System.out.println("saved shown: " + answer.contains(Screens.SAVED) + " marker on page: " + u.ui().showsText(marker));
        u.follow("monitor");
        System.out.println("monitor dashboard: " + u.ui().byId("dashboard").isPresent());
    }
}
