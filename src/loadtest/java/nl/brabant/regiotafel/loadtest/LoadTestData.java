package nl.brabant.regiotafel.loadtest;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.brabant.regiotafel.agreement.AgreementScope;
import nl.brabant.regiotafel.agreement.AgreementService;
import nl.brabant.regiotafel.base.db.NoExternalDatabaseCondition;
import nl.brabant.regiotafel.region.Theme;
import nl.brabant.regiotafel.security.AccountSignIn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Accounts and draft agreements for the load benchmark: {@code last.001} … {@code last.NNN}, lead
 * aldermen spread over the seven regions, and per eight of them in a region one draft agreement
 * "Belastingproef" of eight articles, one article per person ("Artikel van last.007"), so simulated
 * people save without overwriting each other. Agreements are made through the services like the
 * demo ones. Runs after the demo data, once.
 */
@Component
@Order(20)
@Conditional(NoExternalDatabaseCondition.class)
@ConditionalOnProperty(name = "regiotafel.load-test.users")
class LoadTestData implements ApplicationRunner {

    static final int ARTICLES_PER_AGREEMENT = 8;
    private static final List<String> REGIONS =
            List.of("WBW", "BRE", "HVB", "NOB", "SGE", "PEEL", "KA2");
    private static final Logger log = LoggerFactory.getLogger(LoadTestData.class);

    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwordEncoder;
    private final AgreementService agreements;
    private final UserDetailsService users;
    private final int count;
    private final String password;

    LoadTestData(
            JdbcTemplate jdbc,
            PasswordEncoder passwordEncoder,
            AgreementService agreements,
            UserDetailsService users,
            @Value("${regiotafel.load-test.users}") int count,
            @Value("${regiotafel.load-test.password}") String password) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.agreements = agreements;
        this.users = users;
        this.count = count;
        this.password = password;
    }

    /** The region of a load-test account: numbered round the seven regions. */
    static String regionOf(int user) {
        return REGIONS.get((user - 1) % REGIONS.size());
    }

    static String username(int user) {
        return "last.%03d".formatted(user);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (count <= 0) {
            return;
        }
        if (jdbc.queryForObject(
                        "SELECT COUNT(*) FROM user_account WHERE username = ?",
                        Integer.class,
                        username(1))
                > 0) {
            log.info("Load-test data present: accounts last.001-{}.", username(count));
            return;
        }
        String hash = passwordEncoder.encode(password);
        for (int i = 1; i <= count; i++) {
            String region = regionOf(i);
            long organisation =
                    jdbc.queryForObject(
                            "SELECT o.id FROM organisation o JOIN municipality m "
                                    + "ON o.municipality_id = m.id JOIN region r ON m.region_id = r.id WHERE r.code = ? "
                                    + "ORDER BY m.name LIMIT 1",
                            Long.class,
                            region);
            jdbc.update(
                    "INSERT INTO user_account (username, display_name, email, password_hash, enabled, "
                            + "organisation_id, created_at, version) VALUES (?, ?, ?, ?, TRUE, ?, ?, 0)",
                    username(i),
                    "Belastingproef " + username(i),
                    username(i) + "@last.regiotafel.example",
                    hash,
                    organisation,
                    Timestamp.from(Instant.now()));
            jdbc.update(
                    "INSERT INTO membership (user_id, region_id, role, created_at) SELECT u.id, r.id, 'ALDERMAN', ? "
                            + "FROM user_account u, region r WHERE u.username = ? AND r.code = ?",
                    Timestamp.from(Instant.now()),
                    username(i),
                    region);
        }
        var saved = SecurityContextHolder.getContext();
        try {
            for (String region : REGIONS) {
                List<Integer> people = new ArrayList<>();
                for (int i = 1; i <= count; i++) {
                    if (regionOf(i).equals(region)) {
                        people.add(i);
                    }
                }
                for (int from = 0; from < people.size(); from += ARTICLES_PER_AGREEMENT) {
                    agreement(
                            region,
                            from / ARTICLES_PER_AGREEMENT + 1,
                            people.subList(
                                    from, Math.min(people.size(), from + ARTICLES_PER_AGREEMENT)));
                }
            }
        } finally {
            SecurityContextHolder.setContext(saved);
        }
        log.info(
                "Load-test data created: {} accounts last.001-{} (see bench/README.md).",
                count,
                username(count));
    }

    private void agreement(String region, int number, List<Integer> people) {
        act(username(people.getFirst()));
        long regionId =
                jdbc.queryForObject("SELECT id FROM region WHERE code = ?", Long.class, region);
        Set<Long> municipalities =
                new LinkedHashSet<>(
                        jdbc.queryForList(
                                "SELECT id FROM municipality WHERE region_id = ? ORDER BY name",
                                Long.class,
                                regionId));
        long id =
                agreements.create(
                        regionId,
                        "Belastingproef %s %d".formatted(region, number),
                        AgreementScope.INTEGRAL,
                        EnumSet.allOf(Theme.class),
                        municipalities);
        for (int person : people) {
            agreements.addArticle(id, "Artikel van " + username(person), text(person));
        }
    }

    /** About 120 words of ordinary agreement text. */
    private static String text(int seed) {
        String[] sentences = {
            "Elke gemeente zorgt naar rato van het aantal werkzame arbeidsmigranten voor passende huisvesting.",
            "Arbeidsmigranten die langer dan vier maanden blijven, worden ingeschreven in de BRP.",
            "Werkgevers, uitzendbureaus en onderwijs werken samen aan scholing en taal.",
            "Gemeenten, RIEC en Inspectie SZW delen signalen van uitbuiting en overbewoning.",
            "De voortgang van de toezeggingen wordt twee keer per jaar besproken aan de regiotafel.",
            "Locaties voor huisvesting worden regionaal afgestemd en de omgeving wordt vooraf betrokken."
        };
        StringBuilder text = new StringBuilder();
        for (int s = 0; s < 9; s++) {
            text.append(sentences[(seed + s) % sentences.length]).append(s % 3 == 2 ? "\n\n" : " ");
        }
        return text.toString().strip();
    }

    private void act(String username) {
        AccountSignIn.signIn(users, username);
    }
}
