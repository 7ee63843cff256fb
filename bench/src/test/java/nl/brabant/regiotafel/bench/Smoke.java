package nl.brabant.regiotafel.bench;

import java.util.Map;
import java.util.TreeMap;

/**
 * A look at one screen as the protocol client sees it: signs in as a load-test account, opens its
 * agreement with the editor open and prints how many elements of each kind the page holds (what
 * each session keeps in server memory). {@code exec:java -Dexec.mainClass=...Smoke -Dbase=... -Duser=7}
 */
public final class Smoke {
    public static void main(String[] args) throws Exception {
        String base = System.getProperty("base", "http://localhost:8080");
        int i = Integer.getInteger("user", 1);
        String username = "last.%03d".formatted(i);
        HttpUser u = new HttpUser(base);
        u.logIn(username, System.getProperty("password", "Regiotafel-last-2026"));
        u.open("");
        String region = java.util.List.of("WBW", "BRE", "HVB", "NOB", "SGE", "PEEL", "KA2").get((i - 1) % 7);
        u.follow(Screens.agreementRoute(u.ui(), "Belastingproef %s %d".formatted(region, (i - 1) / 7 / 8 + 1)));
        u.send(u.ui().click(Screens.editButton(u.ui(), "Artikel van " + username)));
        Map<String, Integer> tags = new TreeMap<>();
        u.ui().attached().forEach(n -> tags.merge(n.tag == null ? "(text)" : n.tag, 1, Integer::sum));
        System.out.println("nodes on the page: " + u.ui().attached().size());
        tags.forEach((tag, count) -> System.out.println("  " + tag + " " + count));
    }
}
