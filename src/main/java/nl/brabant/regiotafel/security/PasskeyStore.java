package nl.brabant.regiotafel.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Questions about Spring Security's passkey tables ({@code user_entities}, {@code
 * user_credentials}) that its repositories do not answer: whose is a passkey, a person's list with
 * labels and dates, and removing all of a person's passkeys. Written through Spring's own
 * repositories; only read and cleared here.
 */
@Component
class PasskeyStore {

    private final JdbcTemplate jdbc;

    PasskeyStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The username of the passkey's owner; empty for an unknown credential. */
    Optional<String> ownerOf(String credentialId) {
        return jdbc
                .queryForList(
                        "SELECT e.name FROM user_credentials c"
                                + " JOIN user_entities e ON e.id = c.user_entity_user_id"
                                + " WHERE c.credential_id = ?",
                        String.class,
                        credentialId)
                .stream()
                .findFirst();
    }

    /** The account of a WebAuthn user entity (base64url id). */
    Optional<Long> accountOfEntity(String userEntityId) {
        return jdbc
                .queryForList(
                        "SELECT a.id FROM user_entities e JOIN user_account a ON a.username = e.name"
                                + " WHERE e.id = ?",
                        Long.class,
                        userEntityId)
                .stream()
                .findFirst();
    }

    List<PasskeyRow> of(String username) {
        return jdbc.query(
                "SELECT c.credential_id, c.label, c.created, c.last_used FROM user_credentials c"
                        + " JOIN user_entities e ON e.id = c.user_entity_user_id"
                        + " WHERE e.name = ? ORDER BY c.created, c.credential_id",
                (rs, n) ->
                        new PasskeyRow(
                                rs.getString(1),
                                rs.getString(2),
                                instant(rs.getTimestamp(3)),
                                instant(rs.getTimestamp(4))),
                username);
    }

    int count(String username) {
        Integer count =
                jdbc.queryForObject(
                        "SELECT COUNT(*) FROM user_credentials c"
                                + " JOIN user_entities e ON e.id = c.user_entity_user_id"
                                + " WHERE e.name = ?",
                        Integer.class,
                        username);
        return count == null ? 0 : count;
    }

    /** Deletes the passkey if it is this person's; false when it is not (or does not exist). */
    boolean delete(String username, String credentialId) {
        return jdbc.update(
                        "DELETE c FROM user_credentials c"
                                + " JOIN user_entities e ON e.id = c.user_entity_user_id"
                                + " WHERE c.credential_id = ? AND e.name = ?",
                        credentialId,
                        username)
                == 1;
    }

    /** Removes every passkey of the person, and the WebAuthn user id they were made for. */
    int deleteAll(String username) {
        int passkeys =
                jdbc.update(
                        "DELETE c FROM user_credentials c"
                                + " JOIN user_entities e ON e.id = c.user_entity_user_id"
                                + " WHERE e.name = ?",
                        username);
        jdbc.update("DELETE FROM user_entities WHERE name = ?", username);
        return passkeys;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
