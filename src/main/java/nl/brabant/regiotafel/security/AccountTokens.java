package nl.brabant.regiotafel.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Single-use links for invitations, password resets and e-mail changes. The link carries 256 random
 * bits; the database keeps only their SHA-256 hash (a stolen backup or a read-only SQL injection
 * gives no working link), when it was made, when it expires and whether it was used. Issuing a new
 * link for the same purpose and subject ends the earlier ones, so only the newest works.
 *
 * <p>Not Spring Security's one-time-token service: its JDBC store keeps the token itself, and its
 * tokens sign a person in, while these change an account (and some, invitations, belong to no
 * account yet).
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class AccountTokens {

    /** The shape of a token as issued: 43 characters of base64url. */
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    AccountTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What a redeemed or looked-up link is about. */
    public record Redeemed(long subjectId, String payload) {}

    /** A new link's token (shown once, in the e-mail); earlier ones for the subject end. */
    public String issue(TokenPurpose purpose, long subjectId, Duration validity) {
        return issue(purpose, subjectId, null, validity);
    }

    /** As {@link #issue(TokenPurpose, long, Duration)}, with something the link stands for. */
    public String issue(TokenPurpose purpose, long subjectId, String payload, Duration validity) {
        revokeAll(purpose, subjectId);
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        jdbc.sql(
                        "INSERT INTO account_token (purpose, token_hash, subject_id, payload,"
                                + " created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(
                        purpose.name(),
                        hash(token),
                        subjectId,
                        payload,
                        Timestamp.from(now),
                        Timestamp.from(now.plus(validity)))
                .update();
        return token;
    }

    /**
     * The subject of a valid (unused, unexpired) link, without using it up: for the page that shows
     * what the link is about before the person acts on it.
     */
    public Optional<Redeemed> peek(TokenPurpose purpose, String token) {
        if (token == null || !SHAPE.matcher(token).matches()) {
            return Optional.empty();
        }
        return jdbc.sql(
                        "SELECT subject_id, payload FROM account_token WHERE purpose = ? AND"
                                + " token_hash = ? AND used_at IS NULL AND expires_at > ?")
                .params(purpose.name(), hash(token), Timestamp.from(clock.instant()))
                .query((rs, n) -> new Redeemed(rs.getLong(1), rs.getString(2)))
                .optional();
    }

    /**
     * Uses the link up and returns its subject; empty for an unknown, forged, expired, used or
     * replaced link, or one of another purpose. Two requests with the same link: one wins.
     */
    public Optional<Redeemed> redeem(TokenPurpose purpose, String token) {
        Optional<Redeemed> found = peek(purpose, token);
        if (found.isEmpty()) {
            return found;
        }
        int used =
                jdbc.sql(
                                "UPDATE account_token SET used_at = ? WHERE token_hash = ? AND"
                                        + " used_at IS NULL")
                        .params(Timestamp.from(clock.instant()), hash(token))
                        .update();
        return used == 1 ? found : Optional.empty();
    }

    /** When the subject's open link of this purpose was made; empty when it has none. */
    public Optional<Instant> openSince(TokenPurpose purpose, long subjectId) {
        return jdbc.sql(
                        "SELECT MAX(created_at) FROM account_token WHERE purpose = ? AND"
                                + " subject_id = ? AND used_at IS NULL AND expires_at > ?")
                .params(purpose.name(), subjectId, Timestamp.from(clock.instant()))
                .query((rs, n) -> rs.getTimestamp(1))
                .optional()
                .map(Timestamp::toInstant);
    }

    /** Ends every open link of this purpose for the subject. */
    public void revokeAll(TokenPurpose purpose, long subjectId) {
        jdbc.sql(
                        "UPDATE account_token SET used_at = ? WHERE purpose = ? AND subject_id = ?"
                                + " AND used_at IS NULL")
                .params(Timestamp.from(clock.instant()), purpose.name(), subjectId)
                .update();
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(
                            MessageDigest.getInstance("SHA-256")
                                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
