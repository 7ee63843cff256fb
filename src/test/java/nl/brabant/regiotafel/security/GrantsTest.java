package nl.brabant.regiotafel.security;

import static org.assertj.core.api.Assertions.assertThat;

import nl.brabant.regiotafel.IntegrationTest;
import nl.brabant.regiotafel.testsupport.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The access policy reads a person's memberships once per request: a change made through the
 * application in the same request is seen at once, and a change behind its back (another node, a
 * database tool) at the next request.
 */
@IntegrationTest
class GrantsTest {

    @Autowired UserAdminService admin;
    @Autowired AccessPolicy policy;
    @Autowired UserDetailsService userDetails;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void signInAsAdmin() {
        SignIn.as(userDetails, "beheerder");
        newRequest();
    }

    @AfterEach
    void signOut() {
        RequestContextHolder.resetRequestAttributes();
        SignIn.out();
    }

    private static void newRequest() {
        RequestContextHolder.setRequestAttributes(
                new ServletRequestAttributes(new MockHttpServletRequest()));
    }

    @Test
    void changesThroughTheApplicationCountWithinTheSameRequest() {
        long hvb = regionId("HVB");
        UserRow user =
                admin.createUser(
                        new NewUser(
                                "grants.een",
                                "Grant Een",
                                "grants.een@example.org",
                                null,
                                "een-lang-wachtwoord"));
        assertThat(policy.may(user.id(), Action.VIEW_REGION_WORKSPACE, hvb)).isFalse();

        MembershipRow membership = admin.addMembership(user.id(), Role.MUNICIPAL_OFFICER, hvb);
        assertThat(policy.may(user.id(), Action.VIEW_REGION_WORKSPACE, hvb)).isTrue();

        admin.setEnabled(user.id(), false);
        assertThat(policy.may(user.id(), Action.VIEW_REGION_WORKSPACE, hvb)).isFalse();
        admin.setEnabled(user.id(), true);
        assertThat(policy.may(user.id(), Action.VIEW_REGION_WORKSPACE, hvb)).isTrue();

        admin.removeMembership(membership.id());
        assertThat(policy.may(user.id(), Action.VIEW_REGION_WORKSPACE, hvb)).isFalse();
    }

    @Test
    void aChangeBehindTheApplicationsBackCountsFromTheNextRequest() {
        long hvb = regionId("HVB");
        UserRow user =
                admin.createUser(
                        new NewUser(
                                "grants.twee",
                                "Grant Twee",
                                "grants.twee@example.org",
                                null,
                                "een-lang-wachtwoord"));
        admin.addMembership(user.id(), Role.MUNICIPAL_OFFICER, hvb);
        assertThat(policy.may(user.id(), Action.VIEW_REGION_WORKSPACE, hvb)).isTrue();

        jdbc.update("DELETE FROM membership WHERE user_id = ?", user.id());
        assertThat(policy.may(user.id(), Action.VIEW_REGION_WORKSPACE, hvb))
                .as("the same request keeps the memberships it read")
                .isTrue();

        newRequest();
        assertThat(policy.may(user.id(), Action.VIEW_REGION_WORKSPACE, hvb)).isFalse();
    }

    @Test
    void withoutARequestEveryQuestionReadsTheDatabase() {
        RequestContextHolder.resetRequestAttributes();
        long hvb = regionId("HVB");
        UserRow user =
                admin.createUser(
                        new NewUser(
                                "grants.drie",
                                "Grant Drie",
                                "grants.drie@example.org",
                                null,
                                "een-lang-wachtwoord"));
        admin.addMembership(user.id(), Role.MUNICIPAL_OFFICER, hvb);
        assertThat(policy.may(user.id(), Action.VIEW_REGION_WORKSPACE, hvb)).isTrue();

        jdbc.update("DELETE FROM membership WHERE user_id = ?", user.id());
        assertThat(policy.may(user.id(), Action.VIEW_REGION_WORKSPACE, hvb)).isFalse();
    }

    private long regionId(String code) {
        return jdbc.queryForObject("SELECT id FROM region WHERE code = ?", Long.class, code);
    }
}
