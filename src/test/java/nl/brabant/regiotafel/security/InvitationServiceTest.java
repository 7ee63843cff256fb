package nl.brabant.regiotafel.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.UUID;
import nl.brabant.regiotafel.IntegrationTest;
import nl.brabant.regiotafel.base.NotFoundException;
import nl.brabant.regiotafel.base.UserInputException;
import nl.brabant.regiotafel.region.OrganisationType;
import nl.brabant.regiotafel.testsupport.AccountMailbox;
import nl.brabant.regiotafel.testsupport.SignIn;
import nl.brabant.regiotafel.testsupport.TestMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Invitations on MariaDB, with the real e-mails read from GreenMail: who may invite whom, the
 * single-use link (stored as a hash, the newest only, expiring), accepting it, and every refusal
 * leaving nothing changed.
 */
@IntegrationTest
class InvitationServiceTest {

    @RegisterExtension static GreenMailExtension mail = TestMail.server();

    @Autowired InvitationService invitations;
    @Autowired UserDetailsService users;
    @Autowired AccessPolicy policy;
    @Autowired PasswordEncoder passwordEncoder;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void anOfficerInvitesAnAgencyPersonWhoChoosesAPasswordAndIsAMemberOfTheRegion()
            throws Exception {
        String email = unique("anna");
        SignIn.as(users, "ambtenaar.hvb");
        assertThat(invitations.invite(invitation(email, Role.AGENCY, "HVB")))
                .isEqualTo(InvitationService.Outcome.INVITED);
        SignIn.out();

        MimeMessage message = AccountMailbox.to(mail, email, 1).getFirst();
        assertThat(message.getSubject())
                .isEqualTo("Uitnodiging voor Regio Hart van Brabant in Regiotafel");
        assertThat(message.getContentType()).startsWith("multipart/mixed");
        String body = GreenMailUtil.getBody(message);
        assertThat(body).contains("text/plain").contains("text/html").contains("Anna Jansen");
        String token = AccountMailbox.token(mail, email, 1);
        // only the hash is stored
        assertThat(
                        jdbc.queryForObject(
                                "SELECT COUNT(*) FROM account_token WHERE token_hash = ?",
                                Integer.class,
                                token))
                .isZero();
        assertThat(
                        jdbc.queryForObject(
                                "SELECT COUNT(*) FROM account_token WHERE token_hash = ?",
                                Integer.class,
                                AccountTokens.hash(token)))
                .isOne();

        InvitationDetails details = invitations.open(token).orElseThrow();
        assertThat(details.regionName()).isEqualTo("Regio Hart van Brabant");
        assertThat(details.role()).isEqualTo(Role.AGENCY);
        assertThat(details.suggestedUsername()).startsWith("anna");

        String username = details.suggestedUsername();
        // a weak password is refused and the link still works
        assertThatThrownBy(() -> invitations.accept(token, username, "1qaz2wsx3edc"))
                .isInstanceOf(UserInputException.class)
                .hasMessageStartingWith("password.error.common");
        assertThatThrownBy(() -> invitations.accept(token, "wethouder.hvb", "paarden eten hooi"))
                .hasMessageStartingWith("user.error.usernameTaken");
        assertThat(invitations.open(token)).isPresent();

        AcceptedInvitation accepted = invitations.accept(token, username, "paarden eten hooi");
        assertThat(accepted.regionCode()).isEqualTo("HVB");
        String hash =
                jdbc.queryForObject(
                        "SELECT password_hash FROM user_account WHERE id = ?",
                        String.class,
                        accepted.userId());
        assertThat(passwordEncoder.matches("paarden eten hooi", hash)).isTrue();
        assertThat(policy.may(accepted.userId(), Action.PROPOSE_AGENDA_ITEM, region("HVB")))
                .isTrue();
        assertThat(policy.may(accepted.userId(), Action.VIEW_REGION_WORKSPACE, region("BRE")))
                .isFalse();
        assertThat(policy.may(accepted.userId(), Action.SCHEDULE_MEETING, region("HVB"))).isFalse();

        // used once
        assertThat(invitations.open(token)).isEmpty();
        assertThatThrownBy(() -> invitations.accept(token, username + "2", "paarden eten hooi"))
                .hasMessageStartingWith("invitation.error.linkInvalid");
        assertThat(auditActions(accepted.userId())).contains("INVITATION_ACCEPTED");
        assertThat(
                        jdbc.queryForObject(
                                "SELECT COUNT(*) FROM account_audit WHERE action ="
                                        + " 'INVITATION_SENT' AND region_id = ?",
                                Integer.class,
                                region("HVB")))
                .isPositive();
    }

    @Test
    void whoMayInviteWhomFollowsDesignsTable() {
        SignIn.as(users, "ambtenaar.hvb");
        assertThat(invitations.invitableRoles(region("HVB")))
                .containsExactly(Role.MUNICIPAL_OFFICER, Role.AGENCY, Role.HOUSING_PROVIDER);
        assertThatThrownBy(() -> invitations.invite(invitation(unique("w"), Role.ALDERMAN, "HVB")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> invitations.invite(invitation(unique("b"), Role.AGENCY, "BRE")))
                .isInstanceOf(NotFoundException.class);

        SignIn.as(users, "wethouder.hvb");
        assertThatThrownBy(() -> invitations.invite(invitation(unique("w"), Role.ALDERMAN, "HVB")))
                .isInstanceOf(AccessDeniedException.class);

        SignIn.as(users, "uitzendbureau.hvb");
        assertThat(invitations.invitableRoles(region("HVB"))).isEmpty();
        assertThatThrownBy(() -> invitations.invite(invitation(unique("a"), Role.AGENCY, "HVB")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> invitations.pending(region("HVB"), 0, 10))
                .isInstanceOf(NotFoundException.class);

        SignIn.as(users, "monitor");
        assertThat(invitations.invitableRoles(region("HVB"))).isEmpty();

        SignIn.as(users, "coordinator");
        assertThat(invitations.invitableRoles(region("BRE"))).contains(Role.ALDERMAN);
        assertThat(invitations.invitableProvinceRoles()).isEmpty();
        assertThat(invitations.invite(invitation(unique("w"), Role.ALDERMAN, "BRE")))
                .isEqualTo(InvitationService.Outcome.INVITED);
        assertThatThrownBy(
                        () ->
                                invitations.invite(
                                        invitation(unique("p"), Role.PROVINCE_MONITOR, null)))
                .isInstanceOf(AccessDeniedException.class);

        SignIn.as(users, "beheerder");
        assertThat(invitations.invitableProvinceRoles())
                .containsExactly(Role.PROVINCE_COORDINATOR, Role.PROVINCE_MONITOR, Role.ADMIN);
        assertThat(invitations.invite(invitation(unique("p"), Role.PROVINCE_MONITOR, null)))
                .isEqualTo(InvitationService.Outcome.INVITED);
        // a province role carries no region, a regional role needs one
        assertThatThrownBy(
                        () ->
                                invitations.invite(
                                        invitation(unique("p"), Role.PROVINCE_MONITOR, "HVB")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void onlyTheNewestLinkWorksAndAWithdrawnOrExpiredOneNot() {
        String email = unique("bert");
        SignIn.as(users, "wethouder.hvb");
        invitations.invite(invitation(email, Role.MUNICIPAL_OFFICER, "HVB"));
        String first = AccountMailbox.token(mail, email, 1);
        long id = pendingId(email);
        invitations.resend(id);
        String second = AccountMailbox.token(mail, email, 2);
        assertThat(second).isNotEqualTo(first);
        SignIn.out();
        assertThat(invitations.open(first)).isEmpty();
        assertThat(invitations.open(second)).isPresent();

        SignIn.as(users, "ambtenaar.hvb");
        assertThatThrownBy(
                        () -> invitations.invite(invitation(email, Role.MUNICIPAL_OFFICER, "HVB")))
                .hasMessageStartingWith("invitation.error.alreadyInvited");
        invitations.withdraw(id);
        assertThatThrownBy(() -> invitations.withdraw(id))
                .hasMessageStartingWith("invitation.error.closed");
        SignIn.out();
        assertThat(invitations.open(second)).isEmpty();
        assertThatThrownBy(() -> invitations.accept(second, "bert.x", "paarden eten hooi"))
                .hasMessageStartingWith("invitation.error.linkInvalid");

        String late = unique("laat");
        SignIn.as(users, "ambtenaar.hvb");
        invitations.invite(invitation(late, Role.AGENCY, "HVB"));
        String token = AccountMailbox.token(mail, late, 1);
        SignIn.out();
        jdbc.update(
                "UPDATE invitation SET expires_at = NOW() - INTERVAL 1 MINUTE WHERE email = ?",
                late);
        jdbc.update(
                "UPDATE account_token SET expires_at = NOW() - INTERVAL 1 MINUTE WHERE token_hash"
                        + " = ?",
                AccountTokens.hash(token));
        assertThat(invitations.open(token)).isEmpty();
        assertThatThrownBy(() -> invitations.accept(token, "laat.x", "paarden eten hooi"))
                .hasMessageStartingWith("invitation.error.linkInvalid");
        // forged and malformed links
        assertThat(invitations.open("A".repeat(43))).isEmpty();
        assertThat(invitations.open("../../etc/passwd")).isEmpty();
        assertThat(invitations.open(null)).isEmpty();
        assertThat(userCount(late)).isZero();
    }

    @Test
    void someoneWithAnAccountGetsTheMembershipAtOnceAndADisabledAccountIsRefused()
            throws Exception {
        SignIn.as(users, "ambtenaar.hvb");
        String existing = "uitzendbureau.bre@demo.regiotafel.example";
        assertThat(invitations.invite(invitation(existing, Role.AGENCY, "HVB")))
                .isEqualTo(InvitationService.Outcome.MEMBERSHIP_ADDED);
        long breAgency = userId("uitzendbureau.bre");
        assertThat(policy.may(breAgency, Action.VIEW_REGION_WORKSPACE, region("HVB"))).isTrue();
        assertThat(AccountMailbox.to(mail, existing, 1).getFirst().getSubject())
                .isEqualTo("U bent toegevoegd aan Regio Hart van Brabant");
        assertThatThrownBy(() -> invitations.invite(invitation(existing, Role.AGENCY, "HVB")))
                .hasMessageStartingWith("invitation.error.alreadyMember");
        jdbc.update(
                "DELETE FROM membership WHERE user_id = ? AND region_id = ?",
                breAgency,
                region("HVB"));

        jdbc.update(
                "UPDATE user_account SET enabled = FALSE WHERE username = 'woningcorporatie.bre'");
        try {
            assertThatThrownBy(
                            () ->
                                    invitations.invite(
                                            invitation(
                                                    "woningcorporatie.bre@demo.regiotafel.example",
                                                    Role.HOUSING_PROVIDER,
                                                    "HVB")))
                    .hasMessageStartingWith("invitation.error.disabledAccount");
            assertThat(
                            policy.may(
                                    userId("woningcorporatie.bre"),
                                    Action.VIEW_REGION_WORKSPACE,
                                    region("HVB")))
                    .isFalse();
            assertThat(auditActions(userId("woningcorporatie.bre"))).contains("INVITATION_REFUSED");
        } finally {
            jdbc.update(
                    "UPDATE user_account SET enabled = TRUE WHERE username = 'woningcorporatie.bre'");
        }
    }

    @Test
    void badInputIsRefusedAndStoresNothing() {
        SignIn.as(users, "ambtenaar.hvb");
        int before = jdbc.queryForObject("SELECT COUNT(*) FROM invitation", Integer.class);
        assertThatThrownBy(() -> invitations.invite(invitation("geen-adres", Role.AGENCY, "HVB")))
                .hasMessageStartingWith("invitation.error.email");
        assertThatThrownBy(
                        () ->
                                invitations.invite(
                                        new NewInvitation(
                                                unique("c"),
                                                " ",
                                                null,
                                                "Bureau",
                                                OrganisationType.OTHER,
                                                Role.AGENCY,
                                                region("HVB"),
                                                "nl")))
                .hasMessageStartingWith("invitation.error.displayName");
        assertThatThrownBy(
                        () ->
                                invitations.invite(
                                        new NewInvitation(
                                                unique("c"),
                                                "Carla",
                                                null,
                                                null,
                                                null,
                                                Role.AGENCY,
                                                region("HVB"),
                                                "nl")))
                .hasMessageStartingWith("invitation.error.organisation");
        assertThatThrownBy(
                        () ->
                                invitations.invite(
                                        new NewInvitation(
                                                unique("c"),
                                                "Carla",
                                                null,
                                                "Gemeente Nergens",
                                                OrganisationType.MUNICIPALITY,
                                                Role.AGENCY,
                                                region("HVB"),
                                                "nl")))
                .hasMessageStartingWith("invitation.error.organisationType");
        assertThatThrownBy(
                        () ->
                                invitations.invite(
                                        new NewInvitation(
                                                unique("c"),
                                                "Carla\nEvil",
                                                null,
                                                "Bureau",
                                                OrganisationType.OTHER,
                                                Role.AGENCY,
                                                region("HVB"),
                                                "nl")))
                .isInstanceOf(UserInputException.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM invitation", Integer.class))
                .isEqualTo(before);
    }

    @Test
    void aLinkCannotBeAcceptedWhileSignedInAndAnEnglishInvitationIsInEnglish() throws Exception {
        String email = unique("emma");
        SignIn.as(users, "ambtenaar.hvb");
        invitations.invite(
                new NewInvitation(
                        email,
                        "Emma Smith",
                        null,
                        "Nieuw Bureau " + UUID.randomUUID(),
                        OrganisationType.TEMP_WORK_AGENCY,
                        Role.AGENCY,
                        region("HVB"),
                        "en"));
        String token = AccountMailbox.token(mail, email, 1);
        assertThat(AccountMailbox.to(mail, email, 1).getFirst().getSubject())
                .isEqualTo("Invitation to Regio Hart van Brabant in Regiotafel");
        assertThatThrownBy(() -> invitations.accept(token, "emma.smith", "paarden eten hooi"))
                .hasMessageStartingWith("invitation.error.signedIn");
        SignIn.out();
        AcceptedInvitation accepted = invitations.accept(token, "emma.smith", "paarden eten hooi");
        assertThat(
                        jdbc.queryForObject(
                                "SELECT language FROM user_account WHERE id = ?",
                                String.class,
                                accepted.userId()))
                .isEqualTo("en");
    }

    @Test
    void singleSignOnMakesTheAccountOfAnInvitedVerifiedAddressOnly() {
        String email = unique("sso");
        SignIn.as(users, "ambtenaar.hvb");
        invitations.invite(invitation(email, Role.AGENCY, "HVB"));
        SignIn.out();
        assertThat(invitations.acceptForVerifiedEmail(unique("nobody"), "X")).isEmpty();
        long id =
                invitations
                        .acceptForVerifiedEmail(email.toUpperCase(), "Provider Name")
                        .orElseThrow();
        assertThat(policy.may(id, Action.PROPOSE_AGENDA_ITEM, region("HVB"))).isTrue();
        assertThat(invitations.acceptForVerifiedEmail(email, "again")).isEmpty();
    }

    private NewInvitation invitation(String email, Role role, String regionCode) {
        return new NewInvitation(
                email,
                "Anna Jansen",
                organisation("Uitzendbureau Flex Brabant"),
                null,
                null,
                role,
                regionCode == null ? null : region(regionCode),
                "nl");
    }

    private static String unique(String name) {
        return name + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    private long region(String code) {
        return jdbc.queryForObject("SELECT id FROM region WHERE code = ?", Long.class, code);
    }

    private Long organisation(String like) {
        List<Long> ids =
                jdbc.queryForList(
                        "SELECT id FROM organisation WHERE type = 'TEMP_WORK_AGENCY' ORDER BY id",
                        Long.class);
        return ids.getFirst();
    }

    private long userId(String username) {
        return jdbc.queryForObject(
                "SELECT id FROM user_account WHERE username = ?", Long.class, username);
    }

    private int userCount(String email) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM user_account WHERE email = ?", Integer.class, email);
    }

    private long pendingId(String email) {
        return jdbc.queryForObject(
                "SELECT id FROM invitation WHERE email = ? AND status = 'PENDING'",
                Long.class,
                email);
    }

    private List<String> auditActions(long userId) {
        return jdbc.queryForList(
                "SELECT action FROM account_audit WHERE user_id = ?", String.class, userId);
    }
}
