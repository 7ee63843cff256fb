package nl.brabant.regiotafel.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import nl.brabant.regiotafel.IntegrationTest;
import nl.brabant.regiotafel.base.NotFoundException;
import nl.brabant.regiotafel.testsupport.SignIn;
import nl.brabant.regiotafel.workspace.WorkspaceService;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * DESIGN.md's permission table, row by row, for every role: asked of the access policy and
 * exercised through the services. The expected values are written out here from DESIGN.md, not
 * derived from {@link Action}, so a wrong grant in the code makes this test fail. Each regional
 * demo user is a member of Hart van Brabant (HVB); Breda (BRE) is another region.
 */
@IntegrationTest
class PermissionTableTest {

    private static final String OWN = "HVB";
    private static final String OTHER = "BRE";

    @Autowired UserDetailsService userDetails;
    @Autowired AccessPolicy policy;
    @Autowired JdbcTemplate jdbc;
    @Autowired WorkspaceService workspaces;
    @Autowired UserAdminService userAdmin;
    @Autowired InvitationService invitations;

    /**
     * role, demo account, may see own region's workspace, may see another region's, may manage
     * users.
     */
    static Stream<Arguments> table() {
        return Stream.of(
                Arguments.of(Role.ALDERMAN, "wethouder.hvb", true, false, false),
                Arguments.of(Role.MUNICIPAL_OFFICER, "ambtenaar.hvb", true, false, false),
                Arguments.of(Role.AGENCY, "uitzendbureau.hvb", true, false, false),
                Arguments.of(Role.HOUSING_PROVIDER, "woningcorporatie.hvb", true, false, false),
                Arguments.of(Role.PROVINCE_COORDINATOR, "coordinator", true, true, false),
                Arguments.of(Role.PROVINCE_MONITOR, "monitor", true, true, false),
                Arguments.of(Role.ADMIN, "beheerder", false, false, true));
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @ParameterizedTest(name = "{0} sees own region workspace: {2}")
    @MethodSource("table")
    void seeRegionWorkspaceInOwnRegion(
            Role role, String username, boolean own, boolean other, boolean admin) {
        SignIn.as(userDetails, username);
        assertThat(policy.may(Action.VIEW_REGION_WORKSPACE, regionId(OWN))).isEqualTo(own);
        assertWorkspace(OWN, own);
    }

    @ParameterizedTest(name = "{0} sees another region's workspace: {3}")
    @MethodSource("table")
    void seeRegionWorkspaceInOtherRegion(
            Role role, String username, boolean own, boolean other, boolean admin) {
        SignIn.as(userDetails, username);
        assertThat(policy.may(Action.VIEW_REGION_WORKSPACE, regionId(OTHER))).isEqualTo(other);
        assertWorkspace(OTHER, other);
    }

    @ParameterizedTest(name = "{0} manages users: {4}")
    @MethodSource("table")
    void manageUsers(Role role, String username, boolean own, boolean other, boolean admin) {
        SignIn.as(userDetails, username);
        assertThat(policy.may(Action.MANAGE_USERS, null)).isEqualTo(admin);
        if (admin) {
            assertThat(userAdmin.countUsers("")).isGreaterThanOrEqualTo(31);
        } else {
            assertThatThrownBy(() -> userAdmin.countUsers(""))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(
                            () ->
                                    userAdmin.createUser(
                                            new NewUser(
                                                    "indringer",
                                                    "Indringer",
                                                    null,
                                                    null,
                                                    "lang-genoeg-wachtwoord")))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @ParameterizedTest(name = "{0} sees the regions of the table in the navigation")
    @MethodSource("table")
    void visibleRegionsFollowTheTable(
            Role role, String username, boolean own, boolean other, boolean admin) {
        SignIn.as(userDetails, username);
        int expected = other ? 7 : own ? 1 : 0;
        assertThat(workspaces.visibleRegions()).hasSize(expected);
    }

    /**
     * DESIGN.md's rows "invite people to a region (not as alderman or province role)" and "invite
     * an alderman; grant a province role", as the roles each account may invite with in its own
     * region, in another region, and for all regions (province roles).
     */
    static Stream<Arguments> invitationRows() {
        List<Role> regional = List.of(Role.MUNICIPAL_OFFICER, Role.AGENCY, Role.HOUSING_PROVIDER);
        List<Role> withAldermen =
                List.of(Role.ALDERMAN, Role.MUNICIPAL_OFFICER, Role.AGENCY, Role.HOUSING_PROVIDER);
        List<Role> province = List.of(Role.PROVINCE_COORDINATOR, Role.PROVINCE_MONITOR, Role.ADMIN);
        return Stream.of(
                Arguments.of("wethouder.hvb", regional, List.of(), List.of()),
                Arguments.of("ambtenaar.hvb", regional, List.of(), List.of()),
                Arguments.of("uitzendbureau.hvb", List.of(), List.of(), List.of()),
                Arguments.of("woningcorporatie.hvb", List.of(), List.of(), List.of()),
                Arguments.of("coordinator", withAldermen, withAldermen, List.of()),
                Arguments.of("monitor", List.of(), List.of(), List.of()),
                Arguments.of("beheerder", withAldermen, withAldermen, province));
    }

    @ParameterizedTest(name = "{0} invites in own region as {1}, elsewhere as {2}, province {3}")
    @MethodSource("invitationRows")
    void invitationsFollowTheTable(
            String username, List<Role> own, List<Role> other, List<Role> province) {
        SignIn.as(userDetails, username);
        assertThat(invitations.invitableRoles(regionId(OWN))).containsExactlyElementsOf(own);
        assertThat(invitations.invitableRoles(regionId(OTHER))).containsExactlyElementsOf(other);
        assertThat(invitations.invitableProvinceRoles()).containsExactlyElementsOf(province);
    }

    @Test
    void anonymousMayNothing() {
        assertThat(policy.may(Action.VIEW_REGION_WORKSPACE, regionId(OWN))).isFalse();
        assertThat(policy.may(Action.MANAGE_USERS, null)).isFalse();
        assertThatThrownBy(() -> workspaces.open(OWN))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void unknownRegionLooksTheSameAsAForbiddenOne() {
        SignIn.as(userDetails, "wethouder.hvb");
        Throwable unknown = Assertions.catchThrowable(() -> workspaces.open("XYZ"));
        Throwable forbidden = Assertions.catchThrowable(() -> workspaces.open(OTHER));
        assertThat(unknown).isInstanceOf(NotFoundException.class);
        assertThat(forbidden)
                .isInstanceOf(NotFoundException.class)
                .hasMessage(unknown.getMessage());
    }

    private void assertWorkspace(String code, boolean allowed) {
        Long regionId = regionId(code);
        if (allowed) {
            assertThat(workspaces.open(code).region().code()).isEqualTo(code);
            assertThat(workspaces.countMembers(regionId)).isGreaterThanOrEqualTo(4);
        } else {
            assertThatThrownBy(() -> workspaces.open(code)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> workspaces.members(regionId, 0, 10))
                    .isInstanceOf(NotFoundException.class);
        }
    }

    private Long regionId(String code) {
        return jdbc.queryForObject("SELECT id FROM region WHERE code = ?", Long.class, code);
    }
}
