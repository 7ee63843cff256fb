package nl.brabant.regiotafel.security;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import nl.brabant.regiotafel.base.UserInputException;

/**
 * What a password people choose must be: at least 12 characters, at most 128, not a common
 * password, not the username. A stand-in with the planned API until the full policy (with the list
 * of the 10,000 most common passwords) is on main; only its list is shorter.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    static final int MAX_BYTES = 72;

    private static final Set<String> COMMON =
            Set.of("qwerty123456", "1qaz2wsx3edc", "123qweasdzxc", "qwertyqwerty", "123456qwerty");

    private PasswordPolicy() {}

    /** The translation key of what is wrong with the password, or empty when it may be used. */
    public static Optional<String> problem(String password) {
        return problem(password, null);
    }

    /** As {@link #problem(String)}, also refusing the username (in any case) as password. */
    public static Optional<String> problem(String password, String username) {
        if (password == null
                || password.isBlank()
                || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("password.error.tooShort");
        }
        if (password.codePointCount(0, password.length()) > MAX_LENGTH) {
            return Optional.of("password.error.tooLong");
        }
        // bcrypt reads only 72 bytes, and Spring refuses longer passwords.
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("password.error.tooManyBytes");
        }
        if (COMMON.contains(password.toLowerCase(Locale.ROOT))) {
            return Optional.of("password.error.common");
        }
        if (username != null && password.equalsIgnoreCase(username.strip())) {
            return Optional.of("password.error.username");
        }
        return Optional.empty();
    }

    /** Throws the problem as a {@link UserInputException} for the form to show. */
    public static void require(String password, String username) {
        problem(password, username)
                .ifPresent(
                        key -> {
                            throw new UserInputException(key, MIN_LENGTH, MAX_LENGTH);
                        });
    }
}
