package nl.brabant.regiotafel.bench;

import java.util.Map;
import java.util.TreeMap;

/**
 * A look at one screen as the protocol client sees it: signs in as a load-test account, opens its
 * agreement with the editor open and prints how many elements of each kind the page holds (what
 * each session keeps in server memory). {@code exec:java -Dexec.mainClass=...Smoke -Dbase=...
 * -Duser=7}
 */
public final class Smoke {
    public static void main(String[] args) throws Exception {
        String base = System.getProperty("base", "http://localhost:8080");
        int i = Integer.getInteger("user", 1);
        LoadAccount account = new LoadAccount(i);
        HttpUser u =
                account.openAgreement(
                        base, System.getProperty("password", LoadAccount.DEFAULT_PASSWORD));
        u.send(u.ui().click(Screens.editButton(u.ui(), account.articleHeading())));
        Map<String, Integer> tags = new TreeMap<>();
        u.ui().attached()
                .forEach(n -> tags.merge(n.tag == null ? "(text)" : n.tag, 1, Integer::sum));
        System.out.println("nodes on the page: " + u.ui().attached().size());
        tags.forEach((tag, count) -> System.out.println("  " + tag + " " + count));
    }
}
