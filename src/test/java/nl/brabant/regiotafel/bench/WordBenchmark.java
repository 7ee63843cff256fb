package nl.brabant.regiotafel.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.brabant.regiotafel.IntegrationTest;
import nl.brabant.regiotafel.agreement.AgreementExportService;
import nl.brabant.regiotafel.agreement.AgreementScope;
import nl.brabant.regiotafel.agreement.AgreementService;
import nl.brabant.regiotafel.agreement.AgreementWordService;
import nl.brabant.regiotafel.agreement.word.WordFiles;
import nl.brabant.regiotafel.region.Theme;
import nl.brabant.regiotafel.testsupport.SignIn;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Prints figures, asserts nothing about time: reading a 100-article .docx (preview), importing it
 * into a draft (preview + 100 articles stored, MariaDB), and exporting a 100-article agreement to
 * .docx. Not part of the normal test run: {@code ./mvnw verify -Pbench -Dtest=WordBenchmark}.
 */
@IntegrationTest
class WordBenchmark {

    @Autowired AgreementService agreements;
    @Autowired AgreementWordService words;
    @Autowired AgreementExportService exports;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;

    @Test
    void importAndExportOfAHundredArticles() throws Exception {
        SignIn.as(users, "ambtenaar.hvb");
        try {
            byte[] docx = hundredArticles();
            System.out.printf("BENCHMARK 100-article .docx: %d KB%n", docx.length / 1024);
            List<Long> previews = new ArrayList<>();
            List<Long> imports = new ArrayList<>();
            List<Long> exported = new ArrayList<>();
            long last = 0;
            for (int run = 0; run < 13; run++) {
                long draft = newDraft();
                long t0 = System.nanoTime();
                var preview = words.preview(draft, "benchmark.docx", docx);
                long t1 = System.nanoTime();
                words.importArticles(draft, preview);
                long t2 = System.nanoTime();
                byte[] out = exports.docx(draft, null);
                long t3 = System.nanoTime();
                if (run >= 3) {
                    previews.add(t1 - t0);
                    imports.add(t2 - t0);
                    exported.add(t3 - t2);
                }
                last = out.length;
            }
            print("read 100-article .docx (preview, nothing stored)", previews);
            print("import 100-article .docx (preview + 100 articles stored)", imports);
            print("export 100-article agreement to .docx", exported);
            System.out.printf("BENCHMARK exported .docx: %d KB%n", last / 1024);
        } finally {
            SignIn.out();
        }
    }

    private long newDraft() {
        long hvb = jdbc.queryForObject("SELECT id FROM region WHERE code = 'HVB'", Long.class);
        long tilburg =
                jdbc.queryForObject(
                        "SELECT id FROM municipality WHERE name = 'Tilburg'", Long.class);
        return agreements.create(
                hvb,
                "Benchmark Word " + System.nanoTime(),
                AgreementScope.INTEGRAL,
                EnumSet.of(Theme.HOUSING),
                Set.of(tilburg));
    }

    /** 100 articles, each with three paragraphs (some bold and italic), a list and a table. */
    private static byte[] hundredArticles() throws Exception {
        XWPFDocument d = WordFiles.document();
        var bullets = WordFiles.numbering(d, false);
        for (int a = 1; a <= 100; a++) {
            WordFiles.styled(d, "Heading1", "Artikel " + a + " – Onderwerp " + a);
            for (int p = 0; p < 3; p++) {
                XWPFParagraph paragraph = d.createParagraph();
                WordFiles.run(paragraph, "De gemeenten spreken af dat ", false, false);
                WordFiles.run(paragraph, "arbeidsmigranten " + a, true, false);
                WordFiles.run(
                        paragraph,
                        " goed worden gehuisvest en geregistreerd, " + "woord ".repeat(40),
                        false,
                        p == 1);
            }
            WordFiles.item(d, bullets, 0, "huisvesting " + a);
            WordFiles.item(d, bullets, 1, "short-stay");
            WordFiles.item(d, bullets, 0, "registratie");
            var table = d.createTable(3, 2);
            table.getRow(0).getCell(0).setText("Gemeente");
            table.getRow(0).getCell(1).setText("Bedden");
            table.getRow(1).getCell(0).setText("Tilburg");
            table.getRow(1).getCell(1).setText(String.valueOf(a * 10));
            table.getRow(2).getCell(0).setText("Waalwijk");
            table.getRow(2).getCell(1).setText(String.valueOf(a * 5));
        }
        return WordFiles.bytes(d);
    }

    private static void print(String what, List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        double p50 = sorted.get(sorted.size() / 2) / 1e6;
        double max = sorted.getLast() / 1e6;
        System.out.printf(
                "BENCHMARK %-60s n=%d p50=%.1f ms max=%.1f ms%n", what, sorted.size(), p50, max);
    }
}
