package nl.brabant.regiotafel.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import me.gosimple.nbvcxz.Nbvcxz;
import nl.brabant.regiotafel.base.UserInputException;

/**
 * What a password people choose must be (NIST SP 800-63B, as the BIO2 follows it): at least 12
 * characters, up to 128 characters (never a maximum below 64), not one of the 10,000 most common
 * passwords (the top of the ranked list nbvcxz ships, compared without regard to case), and not the
 * username. No rules about character classes: they make passwords harder to remember, not to guess.
 *
 * <p>bcrypt reads only the first 72 bytes of a password; Spring refuses longer ones. 64 plain
 * letters and digits always fit; a password of many accented letters or emoji may not, and is then
 * refused with a message that says so.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    static final int MAX_BYTES = 72;
    static final int COMMON_PASSWORDS = 10_000;

    private static final Set<String> COMMON = load();

    private PasswordPolicy() {}

    /** The translation key of what is wrong with the password, or empty when it may be used. */
    public static Optional<String> problem(String password) {
        return problem(password, null);
    }

    /** As {@link #problem(String)}, also refusing the username (in any case) as password. */
    public static Optional<String> problem(String password, String username) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("password.error.tooShort");
        }
        if (password.codePointCount(0, password.length()) > MAX_LENGTH) {
            return Optional.of("password.error.tooLong");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("password.error.tooManyBytes");
        }
        if (password.isBlank()) {
            return Optional.of("password.error.tooShort");
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

    private static Set<String> load() {
        Set<String> common = new HashSet<>(COMMON_PASSWORDS * 2);
        try (InputStream in =
                        Nbvcxz.class
                                .getClassLoader()
                                .getResourceAsStream("dictionaries/passwords.txt");
                BufferedReader reader =
                        new BufferedReader(
                                new InputStreamReader(requireFound(in), StandardCharsets.UTF_8))) {
            String line;
            while (common.size() < COMMON_PASSWORDS && (line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    common.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(common);
    }

    private static InputStream requireFound(InputStream in) {
        if (in == null) {
            throw new IllegalStateException(
                    "nbvcxz's password list is missing from the class path");
        }
        return in;
    }
}
