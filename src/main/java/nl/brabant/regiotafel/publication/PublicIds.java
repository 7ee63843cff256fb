package nl.brabant.regiotafel.publication;

import java.security.SecureRandom;

/**
 * The ids in public addresses: 16 random characters (80 bits), so an address tells nothing about
 * how many things exist, what else was published or what was never published.
 */
final class PublicIds {

    private static final char[] ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private PublicIds() {}

    static String next() {
        char[] id = new char[16];
        for (int i = 0; i < id.length; i++) {
            id[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(id);
    }

    /** Cheap check before any lookup: anything else is simply not found. */
    static boolean wellFormed(String id) {
        if (id == null || id.length() != 16) {
            return false;
        }
        for (char c : id.toCharArray()) {
            if (new String(ALPHABET).indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }
}
