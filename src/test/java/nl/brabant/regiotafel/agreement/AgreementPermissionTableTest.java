package nl.brabant.regiotafel.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import nl.brabant.regiotafel.IntegrationTest;
import nl.brabant.regiotafel.base.ClockConfiguration;
import nl.brabant.regiotafel.base.NotFoundException;
import nl.brabant.regiotafel.region.Theme;
import nl.brabant.regiotafel.testsupport.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.function.ThrowingSupplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * DESIGN.md's permission table for agreements, for every role, through the services. The agreements
 * belong to Hart van Brabant; expected outcomes are written out from DESIGN.md.
 */
@IntegrationTest
class AgreementPermissionTableTest {

    @Autowired AgreementService agreements;
    @Autowired AgreementLifecycleService lifecycle;
    @Autowired CommitmentService commitments;
    @Autowired CommentService comments;
    @Autowired AuditService audits;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    enum O {
        A,
        D,
        N
    }

    /**
     * user, then: read draft, read in consultation, edit text, comment in draft, comment in
     * consultation, move to consultation, report progress on an own commitment, read audit.
     */
    static Stream<Arguments> table() {
        return Stream.of(
                Arguments.of("wethouder.hvb", O.A, O.A, O.A, O.A, O.A, O.A, O.A, O.A),
                Arguments.of("ambtenaar.hvb", O.A, O.A, O.A, O.A, O.A, O.D, O.A, O.D),
                // a draft does not exist for stakeholders, so moving one is "not found"
                Arguments.of("uitzendbureau.hvb", O.N, O.A, O.D, O.N, O.A, O.N, O.A, O.D),
                Arguments.of("woningcorporatie.hvb", O.N, O.A, O.D, O.N, O.A, O.N, O.A, O.D),
                Arguments.of("coordinator", O.A, O.A, O.D, O.A, O.A, O.D, O.A, O.A),
                Arguments.of("monitor", O.A, O.A, O.D, O.D, O.D, O.D, O.D, O.A),
                Arguments.of("beheerder", O.N, O.N, O.N, O.N, O.N, O.N, O.N, O.N),
                Arguments.of("wethouder.bre", O.N, O.N, O.N, O.N, O.N, O.N, O.N, O.N),
                Arguments.of("uitzendbureau.bre", O.N, O.N, O.N, O.N, O.N, O.N, O.N, O.N));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void agreementActionsFollowThePermissionTable(
            String user,
            O readDraft,
            O readConsultation,
            O edit,
            O commentDraft,
            O commentConsultation,
            O toConsultation,
            O reportOwn,
            O audit) {
        SignIn.as(users, "ambtenaar.hvb");
        long hvb = jdbc.queryForObject("SELECT id FROM region WHERE code = 'HVB'", Long.class);
        long tilburg =
                jdbc.queryForObject(
                        "SELECT id FROM municipality WHERE name = 'Tilburg'", Long.class);
        long draft =
                agreements.create(
                        hvb,
                        "Concept",
                        AgreementScope.INTEGRAL,
                        EnumSet.of(Theme.HOUSING),
                        Set.of(tilburg));
        ArticleRow draftArticle = agreements.addArticle(draft, "Kop", "Tekst");
        long consultation =
                agreements.create(
                        hvb,
                        "Consultatie",
                        AgreementScope.INTEGRAL,
                        EnumSet.of(Theme.HOUSING),
                        Set.of(tilburg));
        ArticleRow consultationArticle = agreements.addArticle(consultation, "Kop", "Tekst");
        Long ownOrganisation =
                jdbc.queryForObject(
                        "SELECT organisation_id FROM user_account WHERE username = ?",
                        Long.class,
                        user);
        long owner =
                ownOrganisation == null
                        ? jdbc.queryForObject(
                                "SELECT id FROM organisation WHERE type = 'PROVINCE'", Long.class)
                        : ownOrganisation;
        long commitment =
                commitments.add(
                        consultation,
                        new CommitmentForm(
                                "Toezegging",
                                owner,
                                Theme.HOUSING,
                                BigDecimal.TEN,
                                "stuks",
                                LocalDate.now(ClockConfiguration.ZONE).plusMonths(3),
                                "Aantal"));
        long toMove =
                agreements.create(
                        hvb,
                        "Te verplaatsen",
                        AgreementScope.INTEGRAL,
                        EnumSet.of(Theme.HOUSING),
                        Set.of(tilburg));
        SignIn.as(users, "wethouder.hvb");
        lifecycle.toConsultation(consultation);

        SignIn.as(users, user);
        check(readDraft, () -> agreements.get(draft));
        check(readConsultation, () -> agreements.get(consultation));
        check(
                edit,
                () ->
                        agreements.saveArticle(
                                consultationArticle.id(),
                                "Kop",
                                "Nieuw",
                                consultationArticle.revision()));
        check(commentDraft, () -> comments.comment(draftArticle.id(), null, null, "Opmerking"));
        check(
                commentConsultation,
                () -> comments.comment(consultationArticle.id(), null, null, "Opmerking"));
        check(
                toConsultation,
                () -> {
                    lifecycle.toConsultation(toMove);
                    return null;
                });
        check(
                reportOwn,
                () -> {
                    commitments.report(
                            commitment,
                            BigDecimal.ONE,
                            LocalDate.now(ClockConfiguration.ZONE),
                            null);
                    return null;
                });
        check(audit, () -> audits.of(consultation, 0, 5));
    }

    private static void check(O expected, ThrowingSupplier<?> call) {
        Throwable thrown = catchThrowable(call::get);
        switch (expected) {
            case A ->
                    assertThatCode(
                                    () -> {
                                        if (thrown != null) {
                                            throw thrown;
                                        }
                                    })
                            .doesNotThrowAnyException();
            case D -> assertThat(thrown).isInstanceOf(AccessDeniedException.class);
            case N -> assertThat(thrown).isInstanceOf(NotFoundException.class);
        }
    }
}
