package nl.brabant.regiotafel.notification;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The tokens of the unsubscribe links in digests: {@code USERID.KIND.SIGNATURE}, signed with
 * HMAC-SHA256 under a key made once per installation and kept in the database. A link works without
 * signing in, for that person and that kind only; changing either breaks the signature.
 */
@Component
class UnsubscribeLinks {

    private static final Pattern SHAPE =
            Pattern.compile("(\\d{1,18})\\.([A-Z_]{1,32})\\.([A-Za-z0-9_-]{43})");

    /** Whom and what a valid link is about. */
    record Target(long userId, NotificationKind kind) {}

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private volatile byte[] key;

    UnsubscribeLinks(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        // The key may first be needed inside a read-only transaction (the unsubscribe page).
        this.ownTransaction = new TransactionTemplate(transactions);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    String token(long userId, NotificationKind kind) {
        return userId + "." + kind.name() + "." + signature(userId, kind);
    }

    Optional<Target> verify(String token) {
        if (token == null) {
            return Optional.empty();
        }
        Matcher m = SHAPE.matcher(token);
        if (!m.matches()) {
            return Optional.empty();
        }
        NotificationKind kind;
        try {
            kind = NotificationKind.valueOf(m.group(2));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
        long userId = Long.parseLong(m.group(1));
        boolean valid =
                MessageDigest.isEqual(
                        signature(userId, kind).getBytes(StandardCharsets.US_ASCII),
                        m.group(3).getBytes(StandardCharsets.US_ASCII));
        return valid ? Optional.of(new Target(userId, kind)) : Optional.empty();
    }

    private String signature(long userId, NotificationKind kind) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            byte[] signed =
                    mac.doFinal(
                            ("unsubscribe:" + userId + ":" + kind.name())
                                    .getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(signed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] key() {
        byte[] known = key;
        if (known == null) {
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            // Two nodes starting at once: the first key stored wins, both read it back.
            known =
                    ownTransaction.execute(
                            s -> {
                                jdbc.sql(
                                                "INSERT IGNORE INTO notification_signing_key (id,"
                                                        + " secret) VALUES (1, ?)")
                                        .param(fresh)
                                        .update();
                                return jdbc.sql(
                                                "SELECT secret FROM notification_signing_key WHERE"
                                                        + " id = 1")
                                        .query(byte[].class)
                                        .single();
                            });
            key = known;
        }
        return known;
    }
}
