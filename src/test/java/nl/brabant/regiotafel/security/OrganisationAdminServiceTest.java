package nl.brabant.regiotafel.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.brabant.regiotafel.IntegrationTest;
import nl.brabant.regiotafel.base.NotFoundException;
import nl.brabant.regiotafel.base.UserInputException;
import nl.brabant.regiotafel.region.OrganisationType;
import nl.brabant.regiotafel.testsupport.SignIn;
import org.assertj.core.api.ThrowableAssert;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The administrator's organisations on MariaDB: every rule and every refusal, and a merge that
 * moves accounts, action items and commitments and leaves nothing behind.
 */
@IntegrationTest
class OrganisationAdminServiceTest {

    @Autowired OrganisationAdminService organisations;
    @Autowired UserAdminService users;
    @Autowired UserDetailsService userDetails;
    @Autowired JdbcTemplate jdbc;

    /** Names unique to this run of the test, so that a rerun finds none of them taken. */
    private final String run = Long.toString(System.nanoTime(), 36);

    @BeforeEach
    void signInAsAdmin() {
        SignIn.as(userDetails, "beheerder");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void createRenameAndRetypeAreStoredAndAudited() {
        OrganisationRow created =
                organisations.create(
                        "  Uitzendbureau Noord " + run + " ", OrganisationType.EMPLOYER);
        assertThat(created.name()).isEqualTo("Uitzendbureau Noord " + run);
        assertThat(created.accounts()).isZero();
        assertThat(created.ofMunicipality()).isFalse();

        organisations.rename(created.id(), "Uitzendbureau Zuid " + run);
        OrganisationRow retyped =
                organisations.changeType(created.id(), OrganisationType.TEMP_WORK_AGENCY);
        assertThat(retyped.name()).isEqualTo("Uitzendbureau Zuid " + run);
        assertThat(retyped.type()).isEqualTo(OrganisationType.TEMP_WORK_AGENCY);
        assertThat(
                        jdbc.queryForObject(
                                "SELECT type FROM organisation WHERE id = ?",
                                String.class,
                                created.id()))
                .isEqualTo("TEMP_WORK_AGENCY");
        assertThat(auditOf(created.id()))
                .containsExactly(
                        "ORGANISATION_CREATED",
                        "ORGANISATION_RENAMED",
                        "ORGANISATION_TYPE_CHANGED");
        assertThat(auditDetails(created.id()))
                .anySatisfy(
                        d ->
                                assertThat(d)
                                        .endsWith(
                                                "Uitzendbureau Noord "
                                                        + run
                                                        + " -> Uitzendbureau Zuid "
                                                        + run));
        assertThat(organisations.find(run, 0, 10))
                .extracting(OrganisationRow::id)
                .containsExactly(created.id());
        assertThat(organisations.count(run)).isEqualTo(1);
    }

    @Test
    void aNameInUseIsRefusedWhateverItsCaseOrAccents() {
        assertKey(
                () -> organisations.create("gemeente breda", OrganisationType.OTHER),
                "organisation.error.nameTaken");
        assertKey(
                () -> organisations.create("GEMEENTE BRÉDA", OrganisationType.OTHER),
                "organisation.error.nameTaken");
        OrganisationRow own = organisations.create("Stichting " + run, OrganisationType.OTHER);
        assertKey(
                () -> organisations.rename(own.id(), "Provincie Noord-Brabant"),
                "organisation.error.nameTaken");
        // Its own name in other letters is no clash.
        assertThat(organisations.rename(own.id(), "STICHTING " + run).name())
                .isEqualTo("STICHTING " + run);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "twee\nregels", "\u0000nul"})
    void aBadNameIsRefusedAndNothingIsStored(String name) {
        int before = count();
        assertThatThrownBy(() -> organisations.create(name, OrganisationType.OTHER))
                .isInstanceOf(UserInputException.class);
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aTooLongNameAMissingTypeAndAMunicipalityTypeAreRefused() {
        int before = count();
        assertKey(
                () -> organisations.create("x".repeat(201), OrganisationType.OTHER),
                "organisation.error.name");
        assertKey(() -> organisations.create("Geen soort " + run, null), "organisation.error.type");
        assertKey(
                () -> organisations.create("Gemeente Nieuw " + run, OrganisationType.MUNICIPALITY),
                "organisation.error.municipalityType");
        assertThat(count()).isEqualTo(before);

        OrganisationRow other = organisations.create("Anders " + run, OrganisationType.OTHER);
        assertKey(
                () -> organisations.changeType(other.id(), OrganisationType.MUNICIPALITY),
                "organisation.error.municipalityType");
        long tilburg = organisationId("Gemeente Tilburg");
        assertKey(
                () -> organisations.changeType(tilburg, OrganisationType.OTHER),
                "organisation.error.municipalityKeepsType");
        assertThat(organisations.get(tilburg).type()).isEqualTo(OrganisationType.MUNICIPALITY);
        assertThatThrownBy(() -> organisations.rename(-1, "Niemand " + run))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void mergingMovesAccountsActionItemsAndCommitmentsAndDeletesTheDuplicate() {
        OrganisationRow kept = organisations.create("GGD Hart " + run, OrganisationType.HEALTH);
        OrganisationRow duplicate =
                organisations.create("G.G.D. Hart " + run, OrganisationType.HEALTH);
        long anna = newUser("anna." + run, duplicate.id());
        long bert = newUser("bert." + run, duplicate.id());
        long keptAlready = newUser("cor." + run, kept.id());
        long actionItem = jdbc.queryForObject("SELECT MIN(id) FROM action_item", Long.class);
        long commitment = jdbc.queryForObject("SELECT MIN(id) FROM commitment", Long.class);
        Long actionOwnerBefore =
                jdbc.queryForObject(
                        "SELECT owner_organisation_id FROM action_item WHERE id = ?",
                        Long.class,
                        actionItem);
        Long commitmentOwnerBefore =
                jdbc.queryForObject(
                        "SELECT owner_organisation_id FROM commitment WHERE id = ?",
                        Long.class,
                        commitment);
        try {
            jdbc.update(
                    "UPDATE action_item SET owner_organisation_id = ? WHERE id = ?",
                    duplicate.id(),
                    actionItem);
            jdbc.update(
                    "UPDATE commitment SET owner_organisation_id = ? WHERE id = ?",
                    duplicate.id(),
                    commitment);
            assertThat(organisations.get(duplicate.id()).accounts()).isEqualTo(2);

            assertThat(organisations.merge(duplicate.id(), kept.id())).isEqualTo(2);

            assertThat(organisationOf(anna)).isEqualTo(kept.id());
            assertThat(organisationOf(bert)).isEqualTo(kept.id());
            assertThat(organisationOf(keptAlready)).isEqualTo(kept.id());
            assertThat(organisations.get(kept.id()).accounts()).isEqualTo(3);
            assertThat(
                            jdbc.queryForObject(
                                    "SELECT owner_organisation_id FROM action_item WHERE id = ?",
                                    Long.class,
                                    actionItem))
                    .isEqualTo(kept.id());
            assertThat(
                            jdbc.queryForObject(
                                    "SELECT owner_organisation_id FROM commitment WHERE id = ?",
                                    Long.class,
                                    commitment))
                    .isEqualTo(kept.id());
            assertThat(
                            jdbc.queryForObject(
                                    "SELECT COUNT(*) FROM organisation WHERE id = ?",
                                    Integer.class,
                                    duplicate.id()))
                    .isZero();
            assertThatThrownBy(() -> organisations.get(duplicate.id()))
                    .isInstanceOf(NotFoundException.class);
            assertThat(auditOf(kept.id())).contains("ORGANISATION_MERGED");
            assertThat(auditDetails(kept.id()))
                    .anySatisfy(d -> assertThat(d).contains("G.G.D. Hart " + run, "accounts: 2"));
        } finally {
            jdbc.update(
                    "UPDATE action_item SET owner_organisation_id = ? WHERE id = ?",
                    actionOwnerBefore,
                    actionItem);
            jdbc.update(
                    "UPDATE commitment SET owner_organisation_id = ? WHERE id = ?",
                    commitmentOwnerBefore,
                    commitment);
        }
    }

    @Test
    void aDuplicateOfAMunicipalityMergesIntoItButAMunicipalityIsNeverMergedAway() {
        long tilburg = organisationId("Gemeente Tilburg");
        long breda = organisationId("Gemeente Breda");
        OrganisationRow duplicate =
                organisations.create("Gem. Tilburg " + run, OrganisationType.OTHER);
        long dirk = newUser("dirk." + run, duplicate.id());

        assertKey(
                () -> organisations.merge(tilburg, duplicate.id()),
                "organisation.error.mergeMunicipality");
        assertKey(
                () -> organisations.merge(tilburg, breda), "organisation.error.mergeMunicipality");
        assertThat(organisationOf(dirk)).isEqualTo(duplicate.id());

        assertThat(organisations.merge(duplicate.id(), tilburg)).isEqualTo(1);
        assertThat(organisationOf(dirk)).isEqualTo(tilburg);
        assertThat(organisations.get(tilburg).ofMunicipality()).isTrue();
    }

    @Test
    void anOrganisationIsNotMergedIntoItselfOrIntoOneThatDoesNotExist() {
        OrganisationRow one = organisations.create("Eenling " + run, OrganisationType.OTHER);
        assertKey(() -> organisations.merge(one.id(), one.id()), "organisation.error.mergeSame");
        assertThatThrownBy(() -> organisations.merge(one.id(), -5))
                .isInstanceOf(NotFoundException.class);
        assertThat(organisations.get(one.id()).name()).isEqualTo("Eenling " + run);
    }

    @Test
    void nobodyButTheAdministratorMayDoAnyOfIt() {
        OrganisationRow target = organisations.create("Doelwit " + run, OrganisationType.OTHER);
        long province = organisationId("Provincie Noord-Brabant");
        for (String who :
                List.of(
                        "coordinator",
                        "wethouder.hvb",
                        "ambtenaar.hvb",
                        "monitor",
                        "uitzendbureau.hvb",
                        "woningcorporatie.hvb")) {
            SignIn.as(userDetails, who);
            assertDenied(() -> organisations.find("", 0, 10));
            assertDenied(() -> organisations.count(""));
            assertDenied(() -> organisations.get(target.id()));
            assertDenied(
                    () -> organisations.create("Van " + who + " " + run, OrganisationType.OTHER));
            assertDenied(() -> organisations.rename(target.id(), "Overgenomen " + run));
            assertDenied(() -> organisations.changeType(target.id(), OrganisationType.UNION));
            assertDenied(
                    () ->
                            organisations.update(
                                    target.id(), "Overgenomen " + run, OrganisationType.UNION));
            assertDenied(() -> organisations.merge(target.id(), province));
        }
        SignIn.out();
        assertThatThrownBy(() -> organisations.count("")).isInstanceOf(RuntimeException.class);
        SignIn.as(userDetails, "beheerder");
        assertThat(organisations.get(target.id()).name()).isEqualTo("Doelwit " + run);
        assertThat(organisations.get(target.id()).type()).isEqualTo(OrganisationType.OTHER);
    }

    @Test
    void anAdministratorWhoseMembershipWasRemovedIsRefusedAtOnce() {
        long id =
                users.createUser(
                                new NewUser(
                                        "beheer." + run,
                                        "Tijdelijk beheer",
                                        null,
                                        null,
                                        "een-lang-wachtwoord"))
                        .id();
        users.addMembership(id, Role.ADMIN, null);
        SignIn.as(userDetails, "beheer." + run);
        assertThat(organisations.count("")).isPositive();
        // The sign-in still carries ROLE_ADMIN; the access policy reads the memberships each time.
        jdbc.update("DELETE FROM membership WHERE user_id = ?", id);
        assertDenied(() -> organisations.count(""));
        assertDenied(() -> organisations.create("Na intrekking " + run, OrganisationType.OTHER));
    }

    private long newUser(String username, long organisationId) {
        return users.createUser(
                        new NewUser(
                                username, username, null, organisationId, "een-lang-wachtwoord"))
                .id();
    }

    private Long organisationOf(long userId) {
        return jdbc.queryForObject(
                "SELECT organisation_id FROM user_account WHERE id = ?", Long.class, userId);
    }

    private long organisationId(String name) {
        return jdbc.queryForObject("SELECT id FROM organisation WHERE name = ?", Long.class, name);
    }

    private int count() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM organisation", Integer.class);
    }

    private List<String> auditOf(long organisationId) {
        return jdbc.queryForList(
                "SELECT action FROM account_audit WHERE detail LIKE CONCAT('organisation ', ?, ':%') ORDER BY id",
                String.class, organisationId);
    }

    private List<String> auditDetails(long organisationId) {
        return jdbc.queryForList(
                "SELECT detail FROM account_audit WHERE detail LIKE CONCAT('organisation ', ?, ':%') ORDER BY id",
                String.class, organisationId);
    }

    private static void assertDenied(ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(AccessDeniedException.class);
    }

    private static void assertKey(ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        UserInputException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
