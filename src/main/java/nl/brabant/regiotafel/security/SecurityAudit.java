package nl.brabant.regiotafel.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The audit trail of sign-in factors (in the account audit table {@code account_audit}, beside
 * invitations and password resets), and the log line for each entry. It records who did what to
 * whose factors, never a code, key or challenge; a passkey is named by its label only.
 */
@Component
class SecurityAudit {

    private static final Logger log = LoggerFactory.getLogger(SecurityAudit.class);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    SecurityAudit(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void record(long userId, Long actorId, SecurityAuditAction action, String detail) {
        String safe = detail == null ? null : LogSafe.of(detail);
        if (safe != null && safe.length() > 200) {
            safe = safe.substring(0, 200);
        }
        jdbc.update(
                "INSERT INTO account_audit (user_id, actor_id, action, detail, created_at)"
                        + " VALUES (?, ?, ?, ?, ?)",
                userId,
                actorId,
                action.name(),
                safe,
                Timestamp.from(clock.instant()));
        log.info(
                "Security: {} for user id {} by user id {}{}",
                action,
                userId,
                actorId,
                safe == null ? "" : " (" + safe + ")");
    }

    /** Newest first: the actions recorded for this person, for tests and the administrator. */
    List<String> actionsOf(long userId) {
        return jdbc.queryForList(
                "SELECT action FROM account_audit WHERE user_id = ? ORDER BY id DESC",
                String.class,
                userId);
    }
}
