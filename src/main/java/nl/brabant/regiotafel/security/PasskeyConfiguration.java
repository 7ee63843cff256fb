package nl.brabant.regiotafel.security;

import java.net.URI;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.management.JdbcPublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;

/**
 * Spring Security's WebAuthn relying party on our database (tables of V8). The relying party id is
 * the host of {@code regiotafel.base-url} and the allowed origin its scheme, host and port: a
 * passkey works only on the address people are given. On localhost (development, tests) the port
 * the server actually listens on is allowed as well, since tests pick a free port.
 */
@Configuration(proxyBeanMethods = false)
class PasskeyConfiguration {

    private final URI baseUrl;
    private final Set<String> allowedOrigins = new CopyOnWriteArraySet<>();

    PasskeyConfiguration(@Value("${regiotafel.base-url}") String baseUrl) {
        this.baseUrl = URI.create(baseUrl.strip());
        allowedOrigins.add(origin(this.baseUrl.getScheme(), rpId(), this.baseUrl.getPort()));
    }

    String rpId() {
        return baseUrl.getHost();
    }

    @Bean
    PublicKeyCredentialUserEntityRepository passkeyUserEntities(JdbcTemplate jdbc) {
        return new JdbcPublicKeyCredentialUserEntityRepository(jdbc);
    }

    /** The one credential repository (Spring's WebAuthn configurer wants exactly one bean). */
    @Bean
    UserCredentialRepository passkeyCredentials(
            JdbcTemplate jdbc, PasskeyStore store, SecurityAudit audit) {
        return new AuditedPasskeyCredentials(new JdbcUserCredentialRepository(jdbc), store, audit);
    }

    @Bean
    WebAuthnRelyingPartyOperations relyingParty(
            PublicKeyCredentialUserEntityRepository userEntities,
            UserCredentialRepository credentials) {
        return new Webauthn4JRelyingPartyOperations(
                userEntities,
                credentials,
                PublicKeyCredentialRpEntity.builder().id(rpId()).name("Regiotafel").build(),
                allowedOrigins);
    }

    @EventListener
    void onServerStarted(WebServerInitializedEvent event) {
        if ("localhost".equals(rpId())) {
            allowedOrigins.add(origin(baseUrl.getScheme(), rpId(), event.getWebServer().getPort()));
        }
    }

    private static String origin(String scheme, String host, int port) {
        boolean defaultPort =
                port < 0
                        || ("https".equals(scheme) && port == 443)
                        || ("http".equals(scheme) && port == 80);
        return scheme + "://" + host + (defaultPort ? "" : ":" + port);
    }
}
