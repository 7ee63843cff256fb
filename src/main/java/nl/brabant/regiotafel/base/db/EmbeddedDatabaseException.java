package nl.brabant.regiotafel.base.db;

/** The embedded database could not start; the message says what to do about it. */
public class EmbeddedDatabaseException extends RuntimeException {

    public EmbeddedDatabaseException(String message) {
        super(message);
    }

    public EmbeddedDatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
