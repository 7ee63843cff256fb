package nl.brabant.regiotafel.base;

/**
 * Thrown by services when an object does not exist or the current user may not know that it exists.
 * Both cases look the same to the caller on purpose: no hint that something is there.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " not found");
    }
}
