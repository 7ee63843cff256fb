package nl.brabant.regiotafel.security;

import java.io.Serial;
import nl.brabant.regiotafel.security.SingleSignOn.Refusal;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/** A sign-in through the provider that this application refuses, and why. */
class SingleSignOnRefused extends OAuth2AuthenticationException {

    @Serial private static final long serialVersionUID = 1L;

    private final Refusal refusal;

    SingleSignOnRefused(Refusal refusal) {
        super(new OAuth2Error(refusal.errorCode()), refusal.errorCode());
        this.refusal = refusal;
    }

    SingleSignOnRefused(Refusal refusal, Throwable cause) {
        super(new OAuth2Error(refusal.errorCode()), refusal.errorCode(), cause);
        this.refusal = refusal;
    }

    Refusal refusal() {
        return refusal;
    }
}
