package nl.brabant.regiotafel.security;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * One-time recovery codes: ten per person, shown once, stored only as {@link PasswordEncoder}
 * hashes. Making new ones deletes the old. A code is used up by a conditional update, so two tabs
 * sending the same code at once cannot both pass.
 */
@Component
class RecoveryCodes {

    static final int COUNT = 10;

    /** No 0/O, 1/I/L: read from paper without doubt. 32 symbols, 10 of them: 50 bits. */
    private static final char[] ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();

    private static final int LENGTH = 10;

    enum Outcome {
        USED,
        ALREADY_USED,
        WRONG
    }

    private final JdbcTemplate jdbc;
    private final PasswordEncoder encoder;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    RecoveryCodes(JdbcTemplate jdbc, PasswordEncoder encoder, Clock clock) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.clock = clock;
    }

    /** New codes for the person, in the form {@code ABCDE-FGHJK}; the old ones no longer work. */
    List<String> generate(long userId) {
        jdbc.update("DELETE FROM recovery_code WHERE user_id = ?", userId);
        Timestamp now = Timestamp.from(clock.instant());
        List<String> codes = new ArrayList<>(COUNT);
        for (int i = 0; i < COUNT; i++) {
            StringBuilder code = new StringBuilder(LENGTH);
            for (int j = 0; j < LENGTH; j++) {
                code.append(ALPHABET[random.nextInt(ALPHABET.length)]);
            }
            jdbc.update(
                    "INSERT INTO recovery_code (user_id, code_hash, created_at) VALUES (?, ?, ?)",
                    userId,
                    encoder.encode(code.toString()),
                    now);
            codes.add(code.substring(0, LENGTH / 2) + "-" + code.substring(LENGTH / 2));
        }
        return codes;
    }

    int unused(long userId) {
        Integer count =
                jdbc.queryForObject(
                        "SELECT COUNT(*) FROM recovery_code WHERE user_id = ? AND used_at IS NULL",
                        Integer.class,
                        userId);
        return count == null ? 0 : count;
    }

    Outcome use(long userId, String typed) {
        String code = normalise(typed);
        if (code.length() != LENGTH) {
            return Outcome.WRONG;
        }
        record Row(long id, String hash, boolean used) {}
        List<Row> rows =
                jdbc.query(
                        "SELECT id, code_hash, used_at IS NOT NULL FROM recovery_code"
                                + " WHERE user_id = ? ORDER BY used_at IS NOT NULL, id",
                        (rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getBoolean(3)),
                        userId);
        for (Row row : rows) {
            if (!encoder.matches(code, row.hash())) {
                continue;
            }
            if (row.used()) {
                return Outcome.ALREADY_USED;
            }
            int updated =
                    jdbc.update(
                            "UPDATE recovery_code SET used_at = ? WHERE id = ? AND used_at IS NULL",
                            Timestamp.from(clock.instant()),
                            row.id());
            return updated == 1 ? Outcome.USED : Outcome.ALREADY_USED;
        }
        return Outcome.WRONG;
    }

    int deleteAll(long userId) {
        return jdbc.update("DELETE FROM recovery_code WHERE user_id = ?", userId);
    }

    /** Case, spaces and dashes do not matter: "abcde fghjk" is "ABCDE-FGHJK". */
    private static String normalise(String typed) {
        if (typed == null) {
            return "";
        }
        return typed.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }
}
