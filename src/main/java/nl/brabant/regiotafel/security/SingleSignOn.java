package nl.brabant.regiotafel.security;

import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How people sign in on this deployment: through an OpenID Connect provider (when an issuer is
 * configured), with a local password (unless switched off), or both. Without an issuer nothing of
 * single sign-on is set up and the login page is as it was.
 */
@Component
public class SingleSignOn {

    /** The one client registration; its address is {@link #AUTHORIZATION_PATH}. */
    static final String REGISTRATION_ID = "oidc";

    /** Where the login page's button goes: Spring Security's redirect to the provider. */
    public static final String AUTHORIZATION_PATH = "/oauth2/authorization/" + REGISTRATION_ID;

    /** Where the provider sends the browser back (Spring Security's default). */
    static final String CALLBACK_PATH = "/login/oauth2/code/" + REGISTRATION_ID;

    /** Query parameter of the login page: why single sign-on refused (a {@link Refusal}). */
    public static final String REFUSAL_PARAMETER = "sso";

    /** Query parameter of the login page: a password post arrived while passwords are off. */
    public static final String PASSWORDS_OFF_PARAMETER = "wachtwoorden-uit";

    private static final Logger log = LoggerFactory.getLogger(SingleSignOn.class);

    private final String issuerUri;
    private final String clientId;
    private final String clientSecret;
    private final String name;
    private volatile boolean localPasswords;

    SingleSignOn(
            @Value("${regiotafel.oidc.issuer-uri:}") String issuerUri,
            @Value("${regiotafel.oidc.client-id:}") String clientId,
            @Value("${regiotafel.oidc.client-secret:}") String clientSecret,
            @Value("${regiotafel.oidc.name:}") String name,
            @Value("${regiotafel.security.local-passwords:true}") boolean localPasswords) {
        this.issuerUri = issuerUri.strip();
        this.clientId = clientId.strip();
        this.clientSecret = clientSecret.strip();
        this.name = name.isBlank() ? "single sign-on" : name.strip();
        if (!this.issuerUri.isEmpty() && this.clientId.isEmpty()) {
            throw new IllegalStateException(
                    "REGIOTAFEL_OIDC_ISSUER_URI is set but REGIOTAFEL_OIDC_CLIENT_ID is not");
        }
        if (!localPasswords && !isConfigured()) {
            // Nobody could sign in at all: passwords stay on until an issuer is configured.
            log.error(
                    "Local passwords cannot be switched off without single sign-on: set"
                            + " REGIOTAFEL_OIDC_ISSUER_URI (and client id and secret). Passwords"
                            + " stay on.");
            localPasswords = true;
        }
        this.localPasswords = localPasswords;
    }

    /** Whether an OpenID provider is configured: then the login page offers it. */
    public boolean isConfigured() {
        return !issuerUri.isEmpty();
    }

    /** The provider's name on the button ("Inloggen via {name}"). */
    public String name() {
        return name;
    }

    /** Whether accounts may sign in with a password of this application. */
    public boolean localPasswords() {
        return localPasswords;
    }

    /**
     * For the tests, which share one application context: switching passwords off for a moment
     * shows the login page and the refused password post of a deployment that has them off.
     */
    void allowLocalPasswords(boolean allowed) {
        if (!allowed && !isConfigured()) {
            throw new IllegalStateException("no single sign-on configured");
        }
        this.localPasswords = allowed;
    }

    String issuerUri() {
        return issuerUri;
    }

    String clientId() {
        return clientId;
    }

    String clientSecret() {
        return clientSecret;
    }

    /** Why a sign-in through the provider was refused; the value is the login page's parameter. */
    public enum Refusal {
        /** No account and no pending invitation for the address the provider gave. */
        NO_ACCOUNT("geen-account"),
        /** The provider did not confirm that the address is the person's (email_verified). */
        UNVERIFIED("niet-bevestigd"),
        /** The account is disabled. */
        DISABLED("uitgeschakeld"),
        /**
         * The address belongs to more than one account, or to an account already linked to another
         * identity at the provider: an administrator must sort it out.
         */
        CONFLICT("conflict"),
        /** The provider could not be reached. */
        UNAVAILABLE("niet-bereikbaar"),
        /** The provider answered with an error, or its answer did not hold up. */
        FAILED("mislukt");

        private final String parameter;

        Refusal(String parameter) {
            this.parameter = parameter;
        }

        public String parameter() {
            return parameter;
        }

        /** The OAuth 2.0 error code under which this refusal travels through Spring Security. */
        String errorCode() {
            return "regiotafel_" + name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Refusal> ofParameter(String value) {
            for (Refusal refusal : values()) {
                if (refusal.parameter.equals(value)) {
                    return Optional.of(refusal);
                }
            }
            return Optional.empty();
        }
    }
}
