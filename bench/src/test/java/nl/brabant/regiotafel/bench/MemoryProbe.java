package nl.brabant.regiotafel.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Retained heap per signed-in session: N sessions with the agreement editor open (an article in
 * edit mode, the page a co-editing alderman keeps open), then N sessions on a bare Vaadin page with
 * one paragraph (the framework's own floor for a signed-in session, {@code last/kaal}). Live heap
 * after a full collection before and after each batch, divided by N. Run by load.sh against the
 * running application; {@code -Dpid} is its process id.
 */
public final class MemoryProbe {

    public static void main(String[] args) throws Exception {
        String base = System.getProperty("base", "http://localhost:8080");
        long pid = Long.getLong("pid");
        int n = Integer.getInteger("sessions", 100);
        int first = Integer.getInteger("firstUser", 1);
        String password = System.getProperty("password", LoadAccount.DEFAULT_PASSWORD);
        List<HttpUser> keep = new ArrayList<>();

        long before = LiveHeap.bytes(pid);
        for (int i = first; i < first + n; i++) {
            LoadAccount account = new LoadAccount(i);
            HttpUser user = account.openAgreement(base, password);
            user.send(user.ui().click(Screens.editButton(user.ui(), account.articleHeading())));
            user.ui().requireId("article-body");
            keep.add(user);
        }
        long editors = LiveHeap.bytes(pid);
        for (int i = first; i < first + n; i++) {
            HttpUser user = new HttpUser(base);
            user.logIn(new LoadAccount(i).username(), password);
            user.open("last/kaal");
            user.ui().requireId("bare");
            keep.add(user);
        }
        long bare = LiveHeap.bytes(pid);

        double perEditor = (editors - before) / (double) n / 1024;
        double perBare = (bare - editors) / (double) n / 1024;
        double ratio = perEditor / perBare;
        String report =
                """
                MEMORY live heap after full GC: before %.1f MB, +%d editor sessions %.1f MB, +%d bare sessions %.1f MB
                MEMORY per session with the agreement editor open: %.0f KB (goal <= 300 KB: %s)
                MEMORY per session on a bare Vaadin page (floor):  %.0f KB
                MEMORY ratio editor / floor: %.1f (goal <= 5: %s)
                """
                        .formatted(
                                before / 1048576.0,
                                n,
                                editors / 1048576.0,
                                n,
                                bare / 1048576.0,
                                perEditor,
                                perEditor <= 300 ? "met" : "MISSED",
                                perBare,
                                ratio,
                                ratio <= 5 ? "met" : "MISSED");
        System.out.print(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "memory.txt"), report);
        System.out.println("(" + keep.size() + " sessions were open during the measurement)");
    }
}
