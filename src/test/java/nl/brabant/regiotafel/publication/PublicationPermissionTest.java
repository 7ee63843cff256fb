package nl.brabant.regiotafel.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import nl.brabant.regiotafel.IntegrationTest;
import nl.brabant.regiotafel.base.NotFoundException;
import nl.brabant.regiotafel.meeting.AgendaService;
import nl.brabant.regiotafel.meeting.ConfidentialityService;
import nl.brabant.regiotafel.meeting.MeetingService;
import nl.brabant.regiotafel.meeting.MinutesService;
import nl.brabant.regiotafel.security.AccessPolicy;
import nl.brabant.regiotafel.security.Action;
import nl.brabant.regiotafel.testsupport.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * DESIGN.md's row "mark an item public (Woo) or withdraw it": aldermen and officers of the region,
 * the province coordinator everywhere; nobody else. Written out here, not derived from {@link
 * Action}, and exercised through the services: publish, withdraw and the confidentiality flag.
 * Every regional demo account is a member of Hart van Brabant (HVB); Breda (BRE) is another region.
 */
@IntegrationTest
class PublicationPermissionTest {

    @Autowired PublicationService publications;
    @Autowired ConfidentialityService confidentiality;
    @Autowired AccessPolicy policy;
    @Autowired MeetingService meetings;
    @Autowired AgendaService agendas;
    @Autowired MinutesService minutes;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;

    private WooMeetings fixture;

    /**
     * account, may in own region (HVB), may in another region (BRE), sees HVB's meetings at all,
     * sees BRE's (else "not found").
     */
    static Stream<Arguments> table() {
        return Stream.of(
                Arguments.of("wethouder.hvb", true, false, true, false),
                Arguments.of("ambtenaar.hvb", true, false, true, false),
                Arguments.of("uitzendbureau.hvb", false, false, true, false),
                Arguments.of("woningcorporatie.hvb", false, false, true, false),
                Arguments.of("coordinator", true, true, true, true),
                Arguments.of("monitor", false, false, true, true),
                Arguments.of("beheerder", false, false, false, false));
    }

    @BeforeEach
    void setUp() {
        fixture = new WooMeetings(meetings, agendas, minutes, users, jdbc);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @ParameterizedTest(name = "{0}: own region {1}, other region {2}")
    @MethodSource("table")
    void publishWithdrawAndMarkConfidentialFollowTheTable(
            String account, boolean own, boolean other, boolean seesOwn, boolean seesOther) {
        var mine = fixture.publishedAgenda("HVB", false, new String[] {"Punt", "Jan", "Org"});
        var theirs = fixture.publishedAgenda("BRE", false, new String[] {"Punt", "Jan", "Org"});
        long toWithdraw = publishedByCoordinator("HVB");
        long toWithdrawElsewhere = publishedByCoordinator("BRE");
        SignIn.as(users, account);
        assertThat(policy.may(Action.PUBLISH_WOO, fixture.regionId("HVB"))).isEqualTo(own);
        assertThat(policy.may(Action.PUBLISH_WOO, fixture.regionId("BRE"))).isEqualTo(other);
        assertThat(publications.mayPublish(fixture.regionId("HVB"))).isEqualTo(own);

        assertAllowed(own, seesOwn, () -> publications.publishAgenda(mine.meetingId()));
        assertAllowed(
                own, seesOwn, () -> confidentiality.markItem(mine.itemIds().getFirst(), true));
        assertAllowed(own, seesOwn, () -> publications.withdraw(toWithdraw, "reden"));
        assertAllowed(other, seesOther, () -> publications.publishAgenda(theirs.meetingId()));
        assertAllowed(
                other,
                seesOther,
                () -> confidentiality.markItem(theirs.itemIds().getFirst(), true));
        assertAllowed(other, seesOther, () -> publications.withdraw(toWithdrawElsewhere, "reden"));
    }

    @Test
    void anonymousMayNothing() {
        var mine = fixture.publishedAgenda("HVB", false, new String[] {"Punt", "Jan", "Org"});
        SignIn.anonymous();
        assertThat(policy.may(Action.PUBLISH_WOO, fixture.regionId("HVB"))).isFalse();
        assertThatThrownBy(() -> publications.publishAgenda(mine.meetingId()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> confidentiality.markItem(mine.itemIds().getFirst(), true))
                .isInstanceOf(AccessDeniedException.class);
    }

    private long publishedByCoordinator(String region) {
        var m = fixture.publishedAgenda(region, false, new String[] {"Punt", "Jan", "Org"});
        SignIn.as(users, "coordinator");
        try {
            return publications.publishAgenda(m.meetingId()).id();
        } finally {
            SignIn.out();
        }
    }

    private static void assertAllowed(boolean allowed, boolean sees, Runnable action) {
        if (allowed) {
            action.run();
        } else if (sees) {
            assertThatThrownBy(action::run).isInstanceOf(AccessDeniedException.class);
        } else {
            assertThatThrownBy(action::run).isInstanceOf(NotFoundException.class);
        }
    }
}
