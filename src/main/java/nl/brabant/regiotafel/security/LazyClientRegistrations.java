package nl.brabant.regiotafel.security;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import nl.brabant.regiotafel.security.SingleSignOn.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;

/**
 * The provider's client registration, made from its discovery document the first time someone signs
 * in through it, not at startup: the application starts (and passwords work) while the provider is
 * down, and a sign-in through it then says the provider cannot be reached. Spring Boot's own {@code
 * issuer-uri} property would fetch the document at startup and fail the start.
 */
class LazyClientRegistrations implements ClientRegistrationRepository {

    static final Duration TIMEOUT = Duration.ofSeconds(5);

    private static final Logger log = LoggerFactory.getLogger(LazyClientRegistrations.class);

    private final SingleSignOn settings;
    private final HttpClient http;
    private volatile ClientRegistration registration;

    LazyClientRegistrations(SingleSignOn settings) {
        this.settings = settings;
        this.http =
                HttpClient.newBuilder()
                        .connectTimeout(TIMEOUT)
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .build();
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        if (!SingleSignOn.REGISTRATION_ID.equals(registrationId)) {
            return null;
        }
        ClientRegistration known = registration;
        if (known == null) {
            synchronized (this) {
                known = registration;
                if (known == null) {
                    known = discover();
                    registration = known;
                }
            }
        }
        return known;
    }

    /** Whether the discovery document was fetched already (for the tests). */
    boolean isResolved() {
        return registration != null;
    }

    private ClientRegistration discover() {
        String issuer = settings.issuerUri();
        URI document =
                URI.create(
                        (issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer)
                                + "/.well-known/openid-configuration");
        Map<String, Object> metadata;
        try {
            HttpResponse<String> response =
                    http.send(
                            HttpRequest.newBuilder(document)
                                    .timeout(TIMEOUT)
                                    .header("Accept", "application/json")
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("HTTP " + response.statusCode());
            }
            metadata = JSONObjectUtils.parse(response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable(document, e);
        } catch (Exception e) {
            throw unavailable(document, e);
        }
        // OpenID Connect Discovery 1.0, section 4.3: the document must name the issuer it was
        // fetched for, or its keys and endpoints could be anyone's.
        if (!issuer.equals(metadata.get("issuer"))) {
            log.error(
                    "Single sign-on: {} names issuer '{}', not the configured '{}'",
                    document,
                    LogSafe.of(String.valueOf(metadata.get("issuer"))),
                    issuer);
            throw new SingleSignOnRefused(Refusal.UNAVAILABLE);
        }
        ClientRegistration.Builder builder =
                ClientRegistrations.fromOidcConfiguration(metadata)
                        .registrationId(SingleSignOn.REGISTRATION_ID)
                        .clientId(settings.clientId());
        if (settings.clientSecret().isEmpty()) {
            builder.clientAuthenticationMethod(ClientAuthenticationMethod.NONE);
        } else {
            // the method is the provider's choice from the document (client_secret_basic first)
            builder.clientSecret(settings.clientSecret());
        }
        ClientRegistration made =
                builder.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                        .scope(OidcScopes.OPENID, OidcScopes.EMAIL, OidcScopes.PROFILE)
                        .redirectUri("{baseUrl}" + SingleSignOn.CALLBACK_PATH)
                        .clientName(settings.name())
                        // PKCE (S256) also for this confidential client, as the NL GOV profile
                        // asks;
                        // state and nonce are Spring Security's defaults.
                        .clientSettings(
                                ClientRegistration.ClientSettings.builder()
                                        .requireProofKey(true)
                                        .build())
                        .build();
        log.info("Single sign-on through {} ({}) is ready", settings.name(), issuer);
        return made;
    }

    private static SingleSignOnRefused unavailable(URI document, Exception cause) {
        log.warn(
                "Single sign-on: the provider's discovery document {} could not be read: {}",
                document,
                cause.toString());
        return new SingleSignOnRefused(Refusal.UNAVAILABLE, cause);
    }
}
