package nl.brabant.regiotafel.demo;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.brabant.regiotafel.agreement.AgreementHistoryService;
import nl.brabant.regiotafel.agreement.AgreementLifecycleService;
import nl.brabant.regiotafel.agreement.AgreementScope;
import nl.brabant.regiotafel.agreement.AgreementService;
import nl.brabant.regiotafel.agreement.ArticleRow;
import nl.brabant.regiotafel.agreement.CommitmentForm;
import nl.brabant.regiotafel.agreement.CommitmentService;
import nl.brabant.regiotafel.region.Theme;
import nl.brabant.regiotafel.security.AccountSignIn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The agreements of the evaluation's Table 3 (section 3.4): Hart van Brabant adopted, Stedelijk
 * Gebied Eindhoven adopted on housing, West-Brabant West and Breda in concept. The texts are
 * fictional but typical. They are made through the services, acting as the region's demo people, so
 * revisions, versions and the audit log come out as if typed in the application.
 */
final class DemoAgreements {

    private final AgreementService agreements;
    private final AgreementHistoryService history;
    private final AgreementLifecycleService lifecycle;
    private final CommitmentService commitments;
    private final UserDetailsService users;
    private final JdbcTemplate jdbc;

    DemoAgreements(
            AgreementService agreements,
            AgreementHistoryService history,
            AgreementLifecycleService lifecycle,
            CommitmentService commitments,
            UserDetailsService users,
            JdbcTemplate jdbc) {
        this.agreements = agreements;
        this.history = history;
        this.lifecycle = lifecycle;
        this.commitments = commitments;
        this.users = users;
        this.jdbc = jdbc;
    }

    void create() {
        var saved = SecurityContextHolder.getContext();
        try {
            adopted("HVB", AgreementScope.INTEGRAL, "Tilburg", "Raadsinformatiebrief 2019-112");
            adopted("SGE", AgreementScope.HOUSING_ONLY, "Eindhoven", "Collegebesluit 21-0007");
            concept("WBW");
            concept("BRE");
        } finally {
            SecurityContextHolder.setContext(saved);
        }
    }

    private long draft(String region, AgreementScope scope) {
        act("ambtenaar." + region.toLowerCase(Locale.ROOT));
        long regionId =
                jdbc.queryForObject("SELECT id FROM region WHERE code = ?", Long.class, region);
        Set<Long> municipalities =
                new LinkedHashSet<>(
                        jdbc.queryForList(
                                "SELECT id FROM municipality WHERE region_id = ? ORDER BY name",
                                Long.class,
                                regionId));
        String regionName =
                jdbc.queryForObject("SELECT name FROM region WHERE id = ?", String.class, regionId);
        long id =
                agreements.create(
                        regionId,
                        "Intergemeentelijke afspraken arbeidsmigratie " + regionName,
                        scope,
                        scope == AgreementScope.INTEGRAL
                                ? EnumSet.allOf(Theme.class)
                                : EnumSet.of(Theme.HOUSING),
                        municipalities);
        for (String[] article : articles(regionName, scope)) {
            agreements.addArticle(id, article[0], article[1]);
        }
        return id;
    }

    private void concept(String region) {
        long id = draft(region, AgreementScope.INTEGRAL);
        List<ArticleRow> rows = agreements.get(id).articles();
        ArticleRow housing = rows.get(1);
        history.nameVersion(id, "Concept 0.1 voor de regiotafel");
        act("wethouder." + region.toLowerCase(Locale.ROOT));
        agreements.saveArticle(
                housing.id(),
                housing.heading(),
                housing.body() + "\n- Bij nieuwe locaties wordt de omgeving vooraf betrokken.",
                housing.revision());
        act("ambtenaar." + region.toLowerCase(Locale.ROOT));
        history.nameVersion(id, "Concept december 2020");
    }

    private void adopted(
            String region, AgreementScope scope, String aldermanMunicipality, String reference) {
        String code = region.toLowerCase(Locale.ROOT);
        long id = draft(region, scope);
        long housingProvider =
                jdbc.queryForObject(
                        "SELECT o.id FROM organisation o JOIN user_account u "
                                + "ON u.organisation_id = o.id WHERE u.username = ?",
                        Long.class,
                        "woningcorporatie." + code);
        long municipality =
                jdbc.queryForObject(
                        "SELECT id FROM organisation WHERE name = ?",
                        Long.class,
                        "Gemeente " + aldermanMunicipality);
        long bedden =
                commitments.add(
                        id,
                        new CommitmentForm(
                                "Extra tijdelijke huisvesting voor arbeidsmigranten",
                                housingProvider,
                                Theme.HOUSING,
                                new BigDecimal("250"),
                                "bedden",
                                LocalDate.now().plusMonths(10),
                                "Aantal opgeleverde bedden op locaties met een omgevingsvergunning"));
        commitments.add(
                id,
                new CommitmentForm(
                        "Inschrijving van arbeidsmigranten in de BRP binnen vijf werkdagen",
                        municipality,
                        Theme.ENFORCEMENT,
                        new BigDecimal("90"),
                        "procent",
                        LocalDate.now().plusMonths(4),
                        "Aandeel inschrijvingen binnen vijf werkdagen na aankomst"));
        act("wethouder." + code);
        lifecycle.toConsultation(id);
        long version = lifecycle.startAdoption(id, "Vastgesteld 1.0");
        // The other municipalities adopted in their own councils; the demo alderman records the
        // last one.
        long ownMunicipality =
                jdbc.queryForObject(
                        "SELECT id FROM municipality WHERE name = ?",
                        Long.class,
                        aldermanMunicipality);
        for (Long other :
                jdbc.queryForList(
                        "SELECT municipality_id FROM agreement_municipality WHERE agreement_id = ? "
                                + "AND municipality_id <> ?",
                        Long.class,
                        id,
                        ownMunicipality)) {
            jdbc.update(
                    "INSERT INTO adoption (agreement_id, named_version_id, municipality_id, adopted_on, "
                            + "decision_reference, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                    id,
                    version,
                    other,
                    Date.valueOf(LocalDate.now().minusDays(30)),
                    "Collegebesluit (demo)",
                    Timestamp.from(Instant.now()));
        }
        lifecycle.recordAdoption(id, LocalDate.now().minusDays(7), reference);
        act("woningcorporatie." + code);
        commitments.report(
                bedden,
                new BigDecimal("90"),
                LocalDate.now(),
                "Twee locaties opgeleverd, derde in aanbouw");
    }

    private void act(String username) {
        AccountSignIn.signIn(users, username);
    }

    private static List<String[]> articles(String region, AgreementScope scope) {
        List<String[]> list =
                new ArrayList<>(
                        List.of(
                                new String[] {
                                    "Doel en reikwijdte",
                                    "De gemeenten van de "
                                            + region
                                            + " maken deze afspraken om "
                                            + "arbeidsmigranten **goed te huisvesten**, hun registratie te verbeteren en misstanden tegen "
                                            + "te gaan. De afspraken gelden voor alle deelnemende gemeenten."
                                },
                                new String[] {
                                    "Huisvesting",
                                    "Elke gemeente zorgt naar rato van het aantal werkzame arbeidsmigranten "
                                            + "voor passende huisvesting.\n\n- Short-stay, mid-stay en long-stay worden onderscheiden.\n"
                                            + "- Huisvesting voldoet ten minste aan de SNF-norm.\n- Locaties worden regionaal afgestemd."
                                },
                                new String[] {
                                    "Registratie en informatie",
                                    "Arbeidsmigranten die langer dan vier maanden blijven, "
                                            + "worden ingeschreven in de BRP. Bij kortere verblijven stimuleren de gemeenten inschrijving in "
                                            + "de RNI. Gemeenten delen informatie via één regionaal loket."
                                }));
        if (scope == AgreementScope.INTEGRAL) {
            list.add(
                    new String[] {
                        "Werk en arbeidsmarkt",
                        "Werkgevers, uitzendbureaus en onderwijs werken samen aan "
                                + "scholing en taal, zodat arbeidsmigranten die willen blijven duurzaam aan het werk kunnen."
                    });
            list.add(
                    new String[] {
                        "Handhaving en veiligheid",
                        "Gemeenten, RIEC en Inspectie SZW delen signalen van "
                                + "uitbuiting en overbewoning en handhaven gezamenlijk."
                    });
        }
        list.add(
                new String[] {
                    "Monitoring en evaluatie",
                    "De voortgang van de toezeggingen wordt twee keer per jaar "
                            + "besproken aan de regiotafel en gedeeld met de provincie."
                });
        return list;
    }
}
