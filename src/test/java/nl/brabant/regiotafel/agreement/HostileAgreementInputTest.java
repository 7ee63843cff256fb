package nl.brabant.regiotafel.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import nl.brabant.regiotafel.IntegrationTest;
import nl.brabant.regiotafel.agreement.text.MarkdownRenderer;
import nl.brabant.regiotafel.base.ClockConfiguration;
import nl.brabant.regiotafel.region.Theme;
import nl.brabant.regiotafel.testsupport.HostileInput;
import nl.brabant.regiotafel.testsupport.HostileInput.Expect;
import nl.brabant.regiotafel.testsupport.HostileInput.Field;
import nl.brabant.regiotafel.testsupport.HostileInput.Payload;
import nl.brabant.regiotafel.testsupport.SignIn;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The hostile input sweep over the agreement document: title, articles, comments, named versions,
 * commitments and progress, adoption; the Markdown of articles rendered to HTML, and the PDF
 * export.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileAgreementInputTest {

    /** Markdown that has let scripts through other renderers. */
    static final List<Payload> MARKDOWN =
            List.of(
                    new Payload(
                            "md-javascript-link",
                            "[klik](javascript:alert(1)) [ook](JaVaScRiPt:alert(1))",
                            Expect.STORED),
                    new Payload(
                            "md-encoded-javascript",
                            "[a](&#106;avascript:alert(1)) [b](javascript&colon;alert(1)) "
                                    + "[c](java%0Ascript:alert(1))",
                            Expect.STORED),
                    new Payload(
                            "md-data-and-vbscript",
                            "[a](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) "
                                    + "[b](vbscript:msgbox(1))",
                            Expect.STORED),
                    new Payload(
                            "md-image",
                            "![x](javascript:alert(1)) ![y](https://evil.example/x.png\" onerror=\"alert(1))",
                            Expect.STORED),
                    new Payload(
                            "md-reference-link",
                            "[klik][x]\n\n[x]: javascript:alert(1)",
                            Expect.STORED),
                    new Payload(
                            "md-autolink",
                            "<javascript:alert(1)> <https://ok.example/?a=\"onmouseover=alert(1)>",
                            Expect.STORED),
                    new Payload(
                            "md-raw-html",
                            "<iframe src=javascript:alert(1)></iframe>\n\n<details open ontoggle=alert(1)>x"
                                    + "</details>\n\n<a href=\"javascript:alert(1)\">a</a>",
                            Expect.STORED),
                    new Payload(
                            "md-mxss",
                            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style>",
                            Expect.STORED),
                    new Payload(
                            "md-code",
                            "`<script>alert(1)</script>`\n\n```html\n<script>alert(2)</script>\n```",
                            Expect.STORED),
                    new Payload(
                            "md-table",
                            "| a | b |\n|---|---|\n| <script>alert(1)</script> | [x](javascript:alert(1)) |",
                            Expect.STORED),
                    new Payload(
                            "md-nested",
                            "**[*x*](javascript:alert(1))** <scr<script>ipt>alert(1)</script>",
                            Expect.STORED));

    @Autowired AgreementService agreements;
    @Autowired AgreementHistoryService history;
    @Autowired AgreementLifecycleService lifecycle;
    @Autowired CommitmentService commitments;
    @Autowired CommentService comments;
    @Autowired AgreementExportService exports;
    @Autowired MarkdownRenderer markdown;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;

    long hvb;
    long tilburg;
    long waalwijk;
    long agency;
    long agreement;
    long bodies;
    long edited;
    long article;
    long commitment;
    Long consultation;

    /**
     * Agreements awaiting Tilburg's adoption, left by the version-name sweep for the
     * decision-reference sweep.
     */
    final Deque<Long> pending = new ArrayDeque<>();

    @BeforeAll
    void agreement() {
        hvb = jdbc.queryForObject("SELECT id FROM region WHERE code = 'HVB'", Long.class);
        tilburg =
                jdbc.queryForObject(
                        "SELECT id FROM municipality WHERE name = 'Tilburg'", Long.class);
        waalwijk =
                jdbc.queryForObject(
                        "SELECT id FROM municipality WHERE name = 'Waalwijk'", Long.class);
        agency =
                jdbc.queryForObject(
                        "SELECT id FROM organisation WHERE region_id = ? AND type = 'TEMP_WORK_AGENCY'",
                        Long.class,
                        hvb);
        SignIn.as(users, "wethouder.hvb");
        try {
            agreement = newAgreement("Vijandige invoer");
            bodies = newAgreement("Vijandige artikelteksten");
            edited = newAgreement("Vijandige bewerkingen");
            article = agreements.addArticle(edited, "Artikel", "Tekst").id();
            commitment =
                    commitments.add(
                            agreement, commitmentWith("Toezegging", "bedden", "Aantal bedden"));
        } finally {
            SignIn.out();
        }
    }

    @BeforeEach
    void signIn() {
        SignIn.as(users, "wethouder.hvb");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    Stream<Field> fields() {
        return Stream.of(
                Field.line(
                        "agreement.title",
                        200,
                        true,
                        text -> agreements.get(newAgreement(text)).title(),
                        () -> count("agreement", "region_id", hvb)),
                Field.line(
                        "article.heading.add",
                        300,
                        true,
                        text ->
                                column(
                                        "article",
                                        "heading",
                                        agreements.addArticle(agreement, text, "Tekst").id()),
                        () -> count("article", "agreement_id", agreement)),
                Field.multiLine(
                                "article.body.add",
                                AgreementRules.MAX_BODY,
                                false,
                                text ->
                                        column(
                                                "article",
                                                "body",
                                                agreements.addArticle(bodies, "Kop", text).id()),
                                () -> count("article", "agreement_id", bodies))
                        .with(MARKDOWN),
                Field.line(
                        "article.heading.save",
                        300,
                        true,
                        text -> {
                            agreements.saveArticle(
                                    article, text, "Tekst", articleRow(article).revision());
                            return articleRow(article).heading();
                        },
                        this::articleState),
                Field.multiLine(
                                "article.body.save",
                                AgreementRules.MAX_BODY,
                                false,
                                text -> {
                                    agreements.saveArticle(
                                            article,
                                            "Artikel",
                                            text,
                                            articleRow(article).revision());
                                    return articleRow(article).body();
                                },
                                this::articleState)
                        .with(MARKDOWN),
                Field.multiLine(
                        "comment.text",
                        5000,
                        true,
                        text -> comment(comments.comment(article, null, null, text)).text(),
                        () -> count("agreement_comment", "agreement_id", edited)),
                Field.multiLine(
                        "comment.quote",
                        1000,
                        false,
                        text -> comment(comments.comment(article, null, text, "Opmerking")).quote(),
                        () -> count("agreement_comment", "agreement_id", edited)),
                Field.line(
                        "version.name",
                        200,
                        true,
                        text -> {
                            long id = history.nameVersion(agreement, text);
                            return history.versions(agreement).stream()
                                    .filter(v -> v.id() == id)
                                    .findFirst()
                                    .orElseThrow()
                                    .name();
                        },
                        () -> count("named_version", "agreement_id", agreement)),
                Field.line(
                        "commitment.description",
                        1000,
                        true,
                        text ->
                                column(
                                        "commitment",
                                        "description",
                                        commitments.add(
                                                agreement,
                                                commitmentWith(text, "bedden", "Aantal"))),
                        () -> count("commitment", "agreement_id", agreement)),
                Field.line(
                        "commitment.unit",
                        60,
                        true,
                        text ->
                                column(
                                        "commitment",
                                        "unit",
                                        commitments.add(
                                                agreement,
                                                commitmentWith("Eenheid", text, "Aantal"))),
                        () -> count("commitment", "agreement_id", agreement)),
                Field.line(
                        "commitment.indicator",
                        300,
                        true,
                        text ->
                                column(
                                        "commitment",
                                        "indicator",
                                        commitments.add(
                                                agreement,
                                                commitmentWith("Indicator", "bedden", text))),
                        () -> count("commitment", "agreement_id", agreement)),
                Field.line(
                        "progress.remark",
                        1000,
                        false,
                        text -> {
                            commitments.report(
                                    commitment,
                                    BigDecimal.TEN,
                                    LocalDate.now(ClockConfiguration.ZONE),
                                    text);
                            return jdbc.queryForObject(
                                    "SELECT remark FROM progress_report WHERE commitment_id = ? "
                                            + "ORDER BY id DESC LIMIT 1",
                                    String.class,
                                    commitment);
                        },
                        () -> count("progress_report", "commitment_id", commitment)),
                Field.line(
                        "adoption.versionName",
                        200,
                        true,
                        text -> {
                            long id = inConsultation();
                            long version = lifecycle.startAdoption(id, text);
                            consultation = null;
                            pending.push(id);
                            return history.versions(id).stream()
                                    .filter(v -> v.id() == version)
                                    .findFirst()
                                    .orElseThrow()
                                    .name();
                        },
                        () ->
                                jdbc.queryForObject(
                                        "SELECT COUNT(*) FROM named_version WHERE frozen",
                                        Long.class)),
                Field.line(
                        "adoption.decisionReference",
                        200,
                        true,
                        text -> {
                            long id = pendingAdoption();
                            lifecycle.recordAdoption(
                                    id, LocalDate.now(ClockConfiguration.ZONE), text);
                            pending.pop();
                            return agreements.get(id).adoptions().get(tilburg).decisionReference();
                        },
                        () -> jdbc.queryForObject("SELECT COUNT(*) FROM adoption", Long.class)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fields")
    void everyPayloadIsRefusedClearlyOrStoredExactly(Field field) {
        HostileInput.sweep(field);
    }

    /**
     * Articles are Markdown shown as HTML. The sweep above proves an article keeps exactly what was
     * typed; here all of it renders without a script, an event handler or a script link.
     */
    @Test
    void articleTextRendersHarmlessly() {
        SoftAssertions softly = new SoftAssertions();
        List<Payload> all = new ArrayList<>(MARKDOWN);
        all.addAll(HostileInput.payloads());
        for (Payload payload : all) {
            if (payload.expect() != Expect.STORED && payload.expect() != Expect.LINE_BREAK) {
                continue;
            }
            HostileInput.assertHarmlessHtml(
                    softly, payload.name(), markdown.toSafeHtml(payload.text()));
            softly.assertThat(markdown.toPlainText(payload.text())).as(payload.name()).isNotNull();
        }
        softly.assertAll();
    }

    /** The PDF of an agreement full of hostile text is made, and shows that text as text. */
    @Test
    void thePdfShowsHostileTextAsText() throws Exception {
        long id = newAgreement(HostileInput.SCRIPT + " 😀 𠜎");
        for (Payload payload : HostileInput.payloads()) {
            if (payload.expect() == Expect.STORED) {
                agreements.addArticle(id, payload.text(), payload.text());
                commitments.add(id, commitmentWith(payload.text(), "bedden", payload.text()));
            }
        }
        for (Payload payload : MARKDOWN) {
            agreements.addArticle(id, payload.name(), payload.text());
        }
        agreements.addArticle(id, "Lang", "x".repeat(AgreementRules.MAX_BODY));
        long version = history.nameVersion(id, "=cmd|' /C calc'!A0");
        byte[] pdf = exports.pdf(id, version);
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
        } finally {
            reader.close();
        }
        assertThat(text.toString()).contains(HostileInput.SCRIPT, HostileInput.SQL);
    }

    private long newAgreement(String title) {
        return agreements.create(
                hvb,
                title,
                AgreementScope.INTEGRAL,
                EnumSet.of(Theme.HOUSING),
                Set.of(tilburg, waalwijk));
    }

    /** An agreement in consultation, ready for adoption to start; reused until a start succeeds. */
    private long inConsultation() {
        if (consultation == null) {
            long id = newAgreement("Ter vaststelling");
            agreements.addArticle(id, "Artikel", "Tekst");
            lifecycle.toConsultation(id);
            consultation = id;
        }
        return consultation;
    }

    /**
     * An agreement awaiting Tilburg's adoption (and Waalwijk's, so it stays pending); reused until
     * adopted.
     */
    private long pendingAdoption() {
        if (pending.isEmpty()) {
            long id = inConsultation();
            lifecycle.startAdoption(id, "Versie ter vaststelling");
            consultation = null;
            pending.push(id);
        }
        return pending.peek();
    }

    private CommitmentForm commitmentWith(String description, String unit, String indicator) {
        return new CommitmentForm(
                description,
                agency,
                Theme.HOUSING,
                new BigDecimal("120"),
                unit,
                LocalDate.now(ClockConfiguration.ZONE).plusYears(1),
                indicator);
    }

    private ArticleRow articleRow(long id) {
        long agreementId =
                jdbc.queryForObject(
                        "SELECT agreement_id FROM article WHERE id = ?", Long.class, id);
        return agreements.get(agreementId).articles().stream()
                .filter(a -> a.id() == id)
                .findFirst()
                .orElseThrow();
    }

    private CommentRow comment(long id) {
        return comments.of(edited).stream().filter(c -> c.id() == id).findFirst().orElseThrow();
    }

    /** Read straight from the database: what MariaDB holds is what counts. */
    private String column(String table, String column, long id) {
        return jdbc.queryForObject(
                "SELECT " + column + " FROM " + table + " WHERE id = ?", String.class, id);
    }

    private Map<String, Object> articleState() {
        Map<String, Object> state =
                new HashMap<>(
                        jdbc.queryForMap(
                                "SELECT heading, body, current_revision FROM article WHERE id = ?",
                                article));
        state.put("revisions", count("revision", "agreement_id", edited));
        return state;
    }

    private long count(String table, String column, long id) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM " + table + " WHERE " + column + " = ?", Long.class, id);
    }
}
