package nl.brabant.regiotafel.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nl.brabant.regiotafel.IntegrationTest;
import nl.brabant.regiotafel.region.RegionService;
import nl.brabant.regiotafel.testsupport.HostileInput;
import nl.brabant.regiotafel.testsupport.HostileInput.Payload;
import nl.brabant.regiotafel.testsupport.SignIn;
import nl.brabant.regiotafel.workspace.WorkspaceService;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Text that only looks things up (a search box, a region code in the address) finds nothing and
 * never fails.
 */
@IntegrationTest
class HostileLookupTest {

    @Autowired RegionService regions;
    @Autowired WorkspaceService workspaces;
    @Autowired UserDetailsService users;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void organisationSearchAndRegionAddressesTakeAnyText() {
        SignIn.as(users, "coordinator");
        List<String> texts =
                new ArrayList<>(HostileInput.payloads().stream().map(Payload::text).toList());
        texts.addAll(List.of("HVB' OR '1'='1", "HVB%", "H_B", "../HVB", "x".repeat(100_000)));
        for (String text : texts) {
            assertThat(regions.findOrganisations(text, 0, 10)).as(text).isNotNull();
            assertThat(regions.countOrganisations(text)).as(text).isNotNegative();
            try {
                var opened = workspaces.open(text);
                Assertions.fail(
                        "opened "
                                + opened.region().code()
                                + " for "
                                + text.codePoints()
                                        .limit(20)
                                        .mapToObj(Integer::toHexString)
                                        .toList());
            } catch (NotFoundException expected) {
                // as it should
            }
        }
        assertThat(regions.countOrganisations("' OR '1'='1")).isZero();
        assertThat(workspaces.open("HVB").region().code()).isEqualTo("HVB");
    }
}
