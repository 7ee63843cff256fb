package nl.brabant.regiotafel.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import nl.brabant.regiotafel.agreement.AgreementHistoryService;
import nl.brabant.regiotafel.agreement.AgreementLifecycleService;
import nl.brabant.regiotafel.agreement.AgreementService;
import nl.brabant.regiotafel.agreement.CommitmentService;
import nl.brabant.regiotafel.base.db.NoExternalDatabaseCondition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills an empty embedded database with fictional people: per region an alderman, a municipal
 * officer, an agency user and a housing-provider user; plus a province coordinator, a province
 * monitor and an administrator. Never runs against an external database. The people are invented;
 * the municipalities are real.
 */
@Component
@Order(10)
@Conditional(NoExternalDatabaseCondition.class)
@ConditionalOnBooleanProperty(name = "regiotafel.demo-data", matchIfMissing = true)
class DemoDataSeeder implements ApplicationRunner {

    /** The one password of every demo account; README lists it. */
    static final String DEMO_PASSWORD = "Regiotafel-demo-2026";

    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    DemoDataSeeder(
            JdbcTemplate jdbc,
            PasswordEncoder passwordEncoder,
            Clock clock,
            AgreementService agreements,
            AgreementHistoryService history,
            AgreementLifecycleService lifecycle,
            CommitmentService commitments,
            UserDetailsService users) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.agreementsFactory =
                () -> new DemoAgreements(agreements, history, lifecycle, commitments, users, jdbc);
    }

    private final Supplier<DemoAgreements> agreementsFactory;

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Integer users = jdbc.queryForObject("SELECT COUNT(*) FROM user_account", Integer.class);
        if (users != null && users > 0) {
            return;
        }
        // One hash for all demo accounts: bcrypt is slow on purpose, and they share the password.
        String hash = passwordEncoder.encode(DEMO_PASSWORD);
        for (DemoRegion region : DemoPeople.REGIONS) {
            long agency = organisation(region.agency(), "TEMP_WORK_AGENCY", region.code());
            long housing =
                    organisation(region.housingProvider(), "HOUSING_PROVIDER", region.code());
            String code = region.code().toLowerCase(Locale.ROOT);
            member(
                    user(
                            "wethouder." + code,
                            region.alderman(),
                            municipality(region.aldermanMunicipality()),
                            hash),
                    region.code(),
                    "ALDERMAN");
            member(
                    user(
                            "ambtenaar." + code,
                            region.officer(),
                            municipality(region.officerMunicipality()),
                            hash),
                    region.code(),
                    "MUNICIPAL_OFFICER");
            member(
                    user("uitzendbureau." + code, region.agencyPerson(), agency, hash),
                    region.code(),
                    "AGENCY");
            member(
                    user("woningcorporatie." + code, region.housingPerson(), housing, hash),
                    region.code(),
                    "HOUSING_PROVIDER");
        }
        long province =
                jdbc.queryForObject(
                        "SELECT id FROM organisation WHERE type = 'PROVINCE'", Long.class);
        member(
                user("coordinator", "Marieke van den Heuvel", province, hash),
                null,
                "PROVINCE_COORDINATOR");
        member(user("monitor", "Jeroen Smulders", province, hash), null, "PROVINCE_MONITOR");
        member(user("beheerder", "Fatima El Idrissi", province, hash), null, "ADMIN");
        new DemoMeetings(jdbc, clock).create();
        agreementsFactory.get().create();
        new DemoPolicyFrameworks(jdbc).create();
        log.info(
                "Demo data created: {} accounts, password '{}' (see README).",
                DemoPeople.REGIONS.size() * 4 + 3,
                DEMO_PASSWORD);
    }

    private long organisation(String name, String type, String regionCode) {
        jdbc.update(
                "INSERT INTO organisation (name, type, region_id) SELECT ?, ?, id FROM region WHERE code = ?",
                name,
                type,
                regionCode);
        return jdbc.queryForObject("SELECT id FROM organisation WHERE name = ?", Long.class, name);
    }

    private long municipality(String name) {
        return jdbc.queryForObject(
                "SELECT o.id FROM organisation o JOIN municipality m ON o.municipality_id = m.id "
                        + "WHERE m.name = ?",
                Long.class,
                name);
    }

    private long user(String username, String displayName, long organisationId, String hash) {
        jdbc.update(
                "INSERT INTO user_account (username, display_name, email, password_hash, enabled, organisation_id, "
                        + "created_at, version) VALUES (?, ?, ?, ?, TRUE, ?, ?, 0)",
                username,
                displayName,
                username + "@demo.regiotafel.example",
                hash,
                organisationId,
                Timestamp.from(Instant.now()));
        return jdbc.queryForObject(
                "SELECT id FROM user_account WHERE username = ?", Long.class, username);
    }

    private void member(long userId, String regionCode, String role) {
        if (regionCode == null) {
            jdbc.update(
                    "INSERT INTO membership (user_id, region_id, role, created_at) VALUES (?, NULL, ?, ?)",
                    userId,
                    role,
                    Timestamp.from(Instant.now()));
        } else {
            jdbc.update(
                    "INSERT INTO membership (user_id, region_id, role, created_at) "
                            + "SELECT ?, id, ?, ? FROM region WHERE code = ?",
                    userId,
                    role,
                    Timestamp.from(Instant.now()),
                    regionCode);
        }
    }

    record DemoRegion(
            String code,
            String alderman,
            String aldermanMunicipality,
            String officer,
            String officerMunicipality,
            String agency,
            String agencyPerson,
            String housingProvider,
            String housingPerson) {}

    /** Invented people and organisations; any likeness to real persons is accidental. */
    static final class DemoPeople {
        static final List<DemoRegion> REGIONS =
                List.of(
                        new DemoRegion(
                                "WBW",
                                "Annelies Verhoeven",
                                "Roosendaal",
                                "Bram de Kort",
                                "Bergen op Zoom",
                                "Westflex Uitzendgroep",
                                "Sanne Luijten",
                                "Woonstichting Zeezicht",
                                "Ruud Adriaansen"),
                        new DemoRegion(
                                "BRE",
                                "Henk Schellekens",
                                "Breda",
                                "Lotte van Gils",
                                "Etten-Leur",
                                "Baronie Personeelsdiensten",
                                "Kemal Yildiz",
                                "Woonkracht Mark en Aa",
                                "Ingrid Hendrikx"),
                        new DemoRegion(
                                "HVB",
                                "Karin Mutsaers",
                                "Tilburg",
                                "Daan van Dongen",
                                "Waalwijk",
                                "Hartflex Uitzendbureau",
                                "Joanna Nowak",
                                "Wonen Midden-Brabant",
                                "Pieter Kuijpers"),
                        new DemoRegion(
                                "NOB",
                                "Gerrit van Erp",
                                "Oss",
                                "Eline Bosch",
                                "'s-Hertogenbosch",
                                "Maasland Werkt",
                                "Tomasz Kowalski",
                                "Woongoed Noordoost",
                                "Monique van Lith"),
                        new DemoRegion(
                                "SGE",
                                "Sevda Aydin",
                                "Eindhoven",
                                "Joost Raaijmakers",
                                "Veldhoven",
                                "Lichtstad Flexwerk",
                                "Andrei Popescu",
                                "Woonpunt Dommeldal",
                                "Linda Swinkels"),
                        new DemoRegion(
                                "PEEL",
                                "Wim Manders",
                                "Helmond",
                                "Femke Verberne",
                                "Deurne",
                                "Peelland Personeel",
                                "Marta Zielinska",
                                "Woonvereniging De Peel",
                                "Hans Vereijken"),
                        new DemoRegion(
                                "KA2",
                                "Ria Brouwers",
                                "Valkenswaard",
                                "Stijn Meulendijks",
                                "Bladel",
                                "Kempen Uitzendgroep",
                                "Ionut Dumitru",
                                "Woonstichting Kempenland",
                                "Nicole Sanders"));

        private DemoPeople() {}
    }
}
