package nl.brabant.regiotafel.security;

import org.springframework.security.authentication.BadCredentialsException;

/** A signed-in person confirmed with a passkey that belongs to somebody else's account. */
final class PasskeyOfOtherAccountException extends BadCredentialsException {

    PasskeyOfOtherAccountException() {
        super("passkey of another account");
    }
}
