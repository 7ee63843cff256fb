package nl.brabant.regiotafel.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import nl.brabant.regiotafel.IntegrationTest;
import nl.brabant.regiotafel.base.NotFoundException;
import nl.brabant.regiotafel.base.UserInputException;
import nl.brabant.regiotafel.testsupport.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.webauthn.api.AuthenticatorAssertionResponse;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCose;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredential;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialType;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationRequestToken;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.RelyingPartyAuthenticationRequest;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;

/**
 * The second factor on MariaDB: who must show one, recovery codes (once each, hashed, replaced),
 * own passkeys only, the administrator's audited reset, and every refusal changing nothing.
 */
@IntegrationTest
class SecondFactorServiceTest {

    private static final String PASSWORD = "Regiotafel-test-2026";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired SecondFactorService factors;
    @Autowired SecondFactorPolicy policy;
    @Autowired UserAdminService admin;
    @Autowired UserDetailsService userDetails;
    @Autowired PasswordEncoder passwordEncoder;
    @Autowired JdbcTemplate jdbc;
    @Autowired PublicKeyCredentialUserEntityRepository userEntities;
    @Autowired UserCredentialRepository credentials;
    @Autowired WebAuthnRelyingPartyOperations relyingParty;
    @Autowired PasskeyStore store;
    @Autowired SecurityAudit audit;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void theRequirementHoldsForTheConfiguredRolesOnlyAndOnlyWhileSwitchedOn() {
        String coordinator = account(Role.PROVINCE_COORDINATOR);
        String agency = account(Role.AGENCY);
        boolean before = policy.isRequired();
        try {
            policy.setRequired(true);
            assertThat(policy.roles()).contains(Role.PROVINCE_COORDINATOR, Role.ADMIN);
            assertThat(policy.isPending(passwordSignIn(coordinator))).isTrue();
            assertThat(policy.isPending(passwordSignIn(agency))).isFalse();
            assertThat(policy.isPending(withFactor(passwordSignIn(coordinator), "FACTOR_WEBAUTHN")))
                    .isFalse();
            assertThat(
                            policy.isPending(
                                    withFactor(
                                            passwordSignIn(coordinator),
                                            SecondFactorPolicy.RECOVERY_CODE_AUTHORITY)))
                    .isFalse();
            policy.setRequired(false);
            assertThat(policy.isPending(passwordSignIn(coordinator))).isFalse();
        } finally {
            policy.setRequired(before);
        }
    }

    @Test
    void recoveryCodesAreTenDistinctShownOnceStoredHashedAndEachWorksOnce() {
        String coordinator = account(Role.PROVINCE_COORDINATOR);
        long id = signIn(coordinator);
        List<String> codes = factors.newRecoveryCodes();
        assertThat(codes).hasSize(10).doesNotHaveDuplicates();
        assertThat(codes).allMatch(c -> c.matches("[A-Z2-9]{5}-[A-Z2-9]{5}"));
        List<String> hashes =
                jdbc.queryForList(
                        "SELECT code_hash FROM recovery_code WHERE user_id = ?", String.class, id);
        assertThat(hashes).hasSize(10);
        for (String hash : hashes) {
            for (String code : codes) {
                assertThat(hash).doesNotContain(code).doesNotContain(code.replace("-", ""));
            }
        }
        assertThat(passwordEncoder.matches(codes.get(3).replace("-", ""), hashes.get(3))).isTrue();
        assertThat(factors.status().unusedRecoveryCodes()).isEqualTo(10);

        // lower case with a space instead of the dash is the same code
        factors.confirmWithRecoveryCode(" " + codes.get(3).toLowerCase().replace("-", " ") + " ");
        assertThat(SecondFactorPolicy.hasSecondFactor(currentAuthentication())).isTrue();
        assertThat(factors.status().unusedRecoveryCodes()).isEqualTo(9);
        assertThat(audit.actionsOf(id)).first().isEqualTo("RECOVERY_CODE_USED");

        signIn(coordinator);
        assertThatThrownBy(() -> factors.confirmWithRecoveryCode(codes.get(3)))
                .isInstanceOf(UserInputException.class)
                .hasMessageStartingWith("secondFactor.error.recoveryUsed");
        assertThat(SecondFactorPolicy.hasSecondFactor(currentAuthentication())).isFalse();
        assertThat(factors.status().unusedRecoveryCodes()).isEqualTo(9);

        assertThatThrownBy(() -> factors.confirmWithRecoveryCode("AAAAA-AAAAA"))
                .isInstanceOf(UserInputException.class)
                .hasMessageStartingWith("secondFactor.error.recoveryWrong");
        assertThatThrownBy(() -> factors.confirmWithRecoveryCode(null))
                .isInstanceOf(UserInputException.class)
                .hasMessageStartingWith("secondFactor.error.recoveryWrong");
        assertThat(factors.status().unusedRecoveryCodes()).isEqualTo(9);
        assertThat(SecondFactorPolicy.hasSecondFactor(currentAuthentication())).isFalse();
    }

    @Test
    void newRecoveryCodesReplaceTheOldOnes() {
        String coordinator = account(Role.PROVINCE_COORDINATOR);
        signIn(coordinator);
        List<String> old = factors.newRecoveryCodes();
        List<String> fresh = factors.newRecoveryCodes();
        assertThat(factors.status().unusedRecoveryCodes()).isEqualTo(10);
        assertThatThrownBy(() -> factors.confirmWithRecoveryCode(old.getFirst()))
                .isInstanceOf(UserInputException.class)
                .hasMessageStartingWith("secondFactor.error.recoveryWrong");
        factors.confirmWithRecoveryCode(fresh.getFirst());
        assertThat(factors.status().unusedRecoveryCodes()).isEqualTo(9);
    }

    @Test
    void aPersonSeesAndDeletesOnlyTheirOwnPasskeys() {
        String mine = account(Role.PROVINCE_COORDINATOR);
        String theirs = account(Role.PROVINCE_COORDINATOR);
        String myKey = passkey(mine, "Telefoon");
        String theirKey = passkey(theirs, "Sleutel");

        long myId = signIn(mine);
        assertThat(factors.ownPasskeys()).extracting(PasskeyRow::label).containsExactly("Telefoon");
        assertThat(factors.status().passkeys()).isEqualTo(1);
        assertThatThrownBy(() -> factors.deleteOwnPasskey(theirKey))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> factors.deleteOwnPasskey("bestaat-niet"))
                .isInstanceOf(NotFoundException.class);
        assertThat(store.count(theirs)).isEqualTo(1);

        factors.deleteOwnPasskey(myKey);
        assertThat(factors.ownPasskeys()).isEmpty();
        assertThat(audit.actionsOf(myId)).first().isEqualTo("PASSKEY_DELETED");
        assertThat(store.count(theirs)).isEqualTo(1);
    }

    @Test
    void aPasskeyWithoutAUsableLabelIsNotStored() {
        String coordinator = account(Role.PROVINCE_COORDINATOR);
        PublicKeyCredentialUserEntity entity = entity(coordinator);
        for (String label : new String[] {"", "a".repeat(101), "met\nregeleinde", "nul\u0000"}) {
            assertThatThrownBy(() -> credentials.save(record(entity, label)))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(store.count(coordinator)).isZero();
    }

    @Test
    void confirmingWithThePasskeyOfAnotherAccountIsRefusedAndChangesNothing() {
        String mine = account(Role.PROVINCE_COORDINATOR);
        String theirs = account(Role.PROVINCE_COORDINATOR);
        String theirKey = passkey(theirs, "Sleutel");
        List<PasskeyRow> theirsBefore = store.of(theirs);
        long myId = signIn(mine);
        PasskeyAuthenticationProvider provider =
                new PasskeyAuthenticationProvider(relyingParty, userDetails, store, audit);

        assertThatThrownBy(() -> provider.authenticate(assertion(theirKey)))
                .isInstanceOf(PasskeyOfOtherAccountException.class);
        assertThat(currentAuthentication().getName()).isEqualTo(mine);
        assertThat(store.of(theirs)).isEqualTo(theirsBefore);
        assertThat(audit.actionsOf(myId)).first().isEqualTo("PASSKEY_OF_OTHER_ACCOUNT_REFUSED");
    }

    @Test
    void aForgedAssertionForOwnPasskeyIsRefusedAndChangesNothing() {
        String mine = account(Role.PROVINCE_COORDINATOR);
        String myKey = passkey(mine, "Telefoon");
        List<PasskeyRow> before = store.of(mine);
        signIn(mine);
        PasskeyAuthenticationProvider provider =
                new PasskeyAuthenticationProvider(relyingParty, userDetails, store, audit);
        assertThatThrownBy(() -> provider.authenticate(assertion(myKey)))
                .isInstanceOf(BadCredentialsException.class)
                .isNotInstanceOf(PasskeyOfOtherAccountException.class);
        assertThat(SecondFactorPolicy.hasSecondFactor(currentAuthentication())).isFalse();
        assertThat(store.of(mine)).isEqualTo(before);
    }

    @Test
    void theAdministratorResetsAllFactorsOfAPersonAuditedAndOnlyTheAdministrator() {
        String coordinator = account(Role.PROVINCE_COORDINATOR);
        passkey(coordinator, "Telefoon");
        long id = signIn(coordinator);
        factors.newRecoveryCodes();

        assertThatThrownBy(() -> factors.resetFactors(id))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(store.count(coordinator)).isEqualTo(1);

        SignIn.as(userDetails, "beheerder");
        long adminId =
                jdbc.queryForObject(
                        "SELECT id FROM user_account WHERE username = 'beheerder'", Long.class);
        assertThatThrownBy(() -> factors.resetFactors(adminId))
                .isInstanceOf(UserInputException.class)
                .hasMessageStartingWith("secondFactor.error.resetSelf");
        factors.resetFactors(id);
        assertThat(store.count(coordinator)).isZero();
        assertThat(
                        jdbc.queryForObject(
                                "SELECT COUNT(*) FROM recovery_code WHERE user_id = ?",
                                Integer.class,
                                id))
                .isZero();
        assertThat(
                        jdbc.queryForObject(
                                "SELECT actor_id FROM account_audit WHERE user_id = ?"
                                        + " AND action = 'FACTORS_RESET'",
                                Long.class,
                                id))
                .isEqualTo(adminId);
        assertThat(factors.auditOf(id)).first().isEqualTo("FACTORS_RESET");
        assertThatThrownBy(() -> factors.resetFactors(Long.MAX_VALUE))
                .isInstanceOf(NotFoundException.class);
    }

    // --- helpers ---

    private String account(Role role) {
        String username =
                "zf."
                        + role.name().toLowerCase().replace('_', '-')
                        + "."
                        + System.nanoTime() % 100_000
                        + "."
                        + SEQUENCE.incrementAndGet();
        SignIn.as(userDetails, "beheerder");
        try {
            long id =
                    admin.createUser(
                                    new NewUser(username, "Test " + username, null, null, PASSWORD))
                            .id();
            Long region =
                    role.isAllRegions()
                            ? null
                            : jdbc.queryForObject(
                                    "SELECT id FROM region WHERE code = 'HVB'", Long.class);
            admin.addMembership(id, role, region);
        } finally {
            SignIn.out();
        }
        return username;
    }

    /** Signed in as after the password: the account's authorities plus FACTOR_PASSWORD. */
    private long signIn(String username) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(passwordSignIn(username));
        SecurityContextHolder.setContext(context);
        return ((AppUserDetails) context.getAuthentication().getPrincipal()).id();
    }

    private Authentication passwordSignIn(String username) {
        UserDetails user = userDetails.loadUserByUsername(username);
        return withFactor(
                UsernamePasswordAuthenticationToken.authenticated(
                        user, null, user.getAuthorities()),
                FactorGrantedAuthority.PASSWORD_AUTHORITY);
    }

    private static Authentication withFactor(Authentication authentication, String factor) {
        Set<GrantedAuthority> authorities = new HashSet<>(authentication.getAuthorities());
        authorities.add(FactorGrantedAuthority.fromAuthority(factor));
        return UsernamePasswordAuthenticationToken.authenticated(
                authentication.getPrincipal(), null, authorities);
    }

    private static Authentication currentAuthentication() {
        return SecurityContextHolder.getContext().getAuthentication();
    }

    private PublicKeyCredentialUserEntity entity(String username) {
        PublicKeyCredentialUserEntity existing = userEntities.findByUsername(username);
        if (existing != null) {
            return existing;
        }
        PublicKeyCredentialUserEntity entity =
                ImmutablePublicKeyCredentialUserEntity.builder()
                        .id(Bytes.random())
                        .name(username)
                        .displayName(username)
                        .build();
        userEntities.save(entity);
        return entity;
    }

    /** A stored passkey (as Spring's registration stores one); returns its id. */
    private String passkey(String username, String label) {
        ImmutableCredentialRecord record = record(entity(username), label);
        credentials.save(record);
        return record.getCredentialId().toBase64UrlString();
    }

    private static ImmutableCredentialRecord record(
            PublicKeyCredentialUserEntity entity, String label) {
        return ImmutableCredentialRecord.builder()
                .credentialId(Bytes.random())
                .userEntityUserId(entity.getId())
                .publicKey(new ImmutablePublicKeyCose(new byte[] {1, 2, 3}))
                .signatureCount(0)
                .uvInitialized(true)
                .backupEligible(false)
                .backupState(false)
                .credentialType(PublicKeyCredentialType.PUBLIC_KEY)
                .attestationObject(new Bytes(new byte[] {4, 5, 6}))
                .attestationClientDataJSON(new Bytes(new byte[] {7}))
                .created(Instant.now())
                .label(label)
                .build();
    }

    /** A made-up assertion for the passkey: right id, no valid signature. */
    private static WebAuthnAuthenticationRequestToken assertion(String credentialId) {
        PublicKeyCredential<AuthenticatorAssertionResponse> credential =
                PublicKeyCredential.<AuthenticatorAssertionResponse>builder()
                        .id(credentialId)
                        .rawId(Bytes.fromBase64(credentialId))
                        .type(PublicKeyCredentialType.PUBLIC_KEY)
                        .response(
                                AuthenticatorAssertionResponse.builder()
                                        .authenticatorData(new Bytes(new byte[37]))
                                        .clientDataJSON(new Bytes("{}".getBytes()))
                                        .signature(new Bytes(new byte[64]))
                                        .build())
                        .build();
        PublicKeyCredentialRequestOptions options =
                PublicKeyCredentialRequestOptions.builder()
                        .challenge(Bytes.random())
                        .rpId("localhost")
                        .build();
        return new WebAuthnAuthenticationRequestToken(
                new RelyingPartyAuthenticationRequest(options, credential));
    }
}
