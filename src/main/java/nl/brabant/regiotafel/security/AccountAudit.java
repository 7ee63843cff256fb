package nl.brabant.regiotafel.security;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail of accounts, invitations and sign-in factors, written in the transaction of the
 * change it records (a refusal that changes nothing is written in a transaction of its own, so the
 * attempt stays on record). Details never hold a secret: no password, token or code.
 */
@Component
public class AccountAudit {

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;

    AccountAudit(JdbcClient jdbc, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Records an action by the signed-in person (if any) about an account and/or a region. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AccountAuditAction action, Long userId, Long regionId, String detail) {
        insert(
                currentUser.get().map(AppUserDetails::id).orElse(null),
                action,
                userId,
                regionId,
                detail);
    }

    /** As {@link #record}, committed on its own: for refusals whose own transaction rolls back. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordRefusal(
            AccountAuditAction action, Long userId, Long regionId, String detail) {
        insert(
                currentUser.get().map(AppUserDetails::id).orElse(null),
                action,
                userId,
                regionId,
                detail);
    }

    private void insert(
            Long actorId, AccountAuditAction action, Long userId, Long regionId, String detail) {
        String shortened =
                detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
        jdbc.sql(
                        "INSERT INTO account_audit (created_at, actor_id, user_id, region_id,"
                                + " action, detail) VALUES (?, ?, ?, ?, ?, ?)")
                .params(
                        Timestamp.from(clock.instant()),
                        actorId,
                        userId,
                        regionId,
                        action.name(),
                        shortened)
                .update();
    }
}
