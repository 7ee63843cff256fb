package nl.brabant.regiotafel.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import nl.brabant.regiotafel.IntegrationTest;
import nl.brabant.regiotafel.base.NotFoundException;
import nl.brabant.regiotafel.region.Theme;
import nl.brabant.regiotafel.testsupport.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Reading an agreement's audit trail on MariaDB. */
@IntegrationTest
class AuditServiceTest {

    @Autowired AgreementService agreements;
    @Autowired AuditService audits;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void theAuditLogIsForTheRegionsAldermenAndTheProvince() {
        SignIn.as(users, "ambtenaar.hvb");
        long region =
                jdbc.queryForObject("SELECT id FROM region WHERE code = ?", Long.class, "HVB");
        long tilburg =
                jdbc.queryForObject(
                        "SELECT id FROM municipality WHERE name = ?", Long.class, "Tilburg");
        long id =
                agreements.create(
                        region,
                        "Afspraken " + System.nanoTime(),
                        AgreementScope.INTEGRAL,
                        EnumSet.of(Theme.HOUSING),
                        Set.of(tilburg));
        agreements.addArticle(id, "Kop", "Tekst");
        assertThatThrownBy(() -> audits.of(id, 0, 10)).isInstanceOf(AccessDeniedException.class);
        SignIn.as(users, "wethouder.hvb");
        assertThat(audits.of(id, 0, 10))
                .extracting(AuditRow::action)
                .contains("CREATED", "ARTICLE_ADDED");
        SignIn.as(users, "coordinator");
        assertThat(audits.of(id, 0, 10)).isNotEmpty();
        SignIn.as(users, "wethouder.bre");
        assertThatThrownBy(() -> audits.of(id, 0, 10)).isInstanceOf(NotFoundException.class);
    }
}
