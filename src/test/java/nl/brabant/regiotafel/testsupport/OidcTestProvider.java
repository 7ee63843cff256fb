package nl.brabant.regiotafel.testsupport;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * A real OpenID provider for the single sign-on test: Spring Authorization Server with a login
 * form, in a JVM of its own (a second Spring Security in the test JVM would replace the tests'
 * security context strategy). Arguments: port, client id, client secret, the client's redirect URI,
 * then one {@code username|e-mail|verified|full name} per person (password: {@link #PASSWORD}).
 * Prints {@link #READY} when it serves.
 *
 * <p>Not a Spring {@code @Configuration}: the application's component scan of the test classpath
 * must not find it. Only the few auto-configurations it needs are imported, not the application's.
 */
@EnableWebSecurity
@ImportAutoConfiguration({
    TomcatServletWebServerAutoConfiguration.class,
    DispatcherServletAutoConfiguration.class,
    SecurityAutoConfiguration.class,
    SecurityFilterAutoConfiguration.class
})
public class OidcTestProvider {

    public static final String READY = "OIDC TEST PROVIDER READY";
    public static final String PASSWORD = "wachtwoord-bij-de-provider";

    /** One person at the provider. */
    public record Person(String username, String email, boolean verified, String name) {
        String argument() {
            return username + "|" + email + "|" + verified + "|" + name;
        }

        static Person of(String argument) {
            String[] parts = argument.split("\\|", 4);
            return new Person(parts[0], parts[1], Boolean.parseBoolean(parts[2]), parts[3]);
        }
    }

    /** The command line arguments of a provider for these people. */
    public static List<String> arguments(
            int port,
            String clientId,
            String clientSecret,
            String redirectUri,
            List<Person> people) {
        List<String> arguments = new ArrayList<>();
        arguments.add(String.valueOf(port));
        arguments.add(clientId);
        arguments.add(clientSecret);
        arguments.add(redirectUri);
        people.forEach(p -> arguments.add(p.argument()));
        return arguments;
    }

    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        SpringApplication application = new SpringApplication(OidcTestProvider.class);
        application.setDefaultProperties(
                Map.of(
                        // not the application's application.properties, nor its test profile
                        "spring.config.name", "oidc-test-provider",
                        "server.port", String.valueOf(port),
                        "server.address", "127.0.0.1",
                        // the browser (the test's cookie jar) keeps it apart from the app's
                        "server.servlet.session.cookie.name", "PROVIDERSESSION",
                        "spring.main.banner-mode", "off"));
        application.addListeners(
                event -> {
                    if (event instanceof ApplicationReadyEvent) {
                        System.out.println(READY);
                    }
                });
        application.addInitializers(
                context ->
                        context.getBeanFactory()
                                .registerSingleton("oidcTestArguments", new Arguments(args)));
        application.run();
    }

    /** The parsed command line. */
    record Arguments(
            String issuer,
            String clientId,
            String clientSecret,
            String redirectUri,
            Map<String, Person> people) {
        Arguments(String[] args) {
            this(
                    "http://localhost:" + args[0],
                    args[1],
                    args[2],
                    args[3],
                    people(List.of(args).subList(4, args.length)));
        }

        private static Map<String, Person> people(List<String> arguments) {
            Map<String, Person> people = new LinkedHashMap<>();
            arguments.stream().map(Person::of).forEach(p -> people.put(p.username(), p));
            return people;
        }
    }

    @Bean
    SecurityFilterChain providerChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(authorize -> authorize.anyRequest().authenticated())
                .formLogin(Customizer.withDefaults())
                .oauth2AuthorizationServer(server -> server.oidc(Customizer.withDefaults()));
        return http.build();
    }

    @Bean
    UserDetailsService providerUsers(Arguments arguments) {
        List<UserDetails> users =
                arguments.people().values().stream()
                        .map(
                                p ->
                                        User.withUsername(p.username())
                                                .password("{noop}" + PASSWORD)
                                                .roles("USER")
                                                .build())
                        .toList();
        return new InMemoryUserDetailsManager(users);
    }

    @Bean
    RegisteredClientRepository clients(Arguments arguments) {
        return new InMemoryRegisteredClientRepository(
                RegisteredClient.withId(UUID.randomUUID().toString())
                        .clientId(arguments.clientId())
                        .clientSecret("{noop}" + arguments.clientSecret())
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                        .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                        .redirectUri(arguments.redirectUri())
                        .scope(OidcScopes.OPENID)
                        .scope(OidcScopes.EMAIL)
                        .scope(OidcScopes.PROFILE)
                        .clientSettings(
                                ClientSettings.builder()
                                        .requireProofKey(true)
                                        .requireAuthorizationConsent(false)
                                        .build())
                        .build());
    }

    /** The person's e-mail address, whether it is verified, and name: in the ID token. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> personClaims(Arguments arguments) {
        return context -> {
            if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                Person person = arguments.people().get(context.getPrincipal().getName());
                context.getClaims()
                        .claim("email", person.email())
                        .claim("email_verified", person.verified())
                        .claim("name", person.name());
            }
        };
    }

    @Bean
    JWKSource<SecurityContext> keys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        var pair = generator.generateKeyPair();
        RSAKey key =
                new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                        .privateKey((RSAPrivateKey) pair.getPrivate())
                        .keyID(UUID.randomUUID().toString())
                        .build();
        return new ImmutableJWKSet<>(new JWKSet(key));
    }

    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> keys) {
        return OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
    }

    @Bean
    AuthorizationServerSettings serverSettings(Arguments arguments) {
        return AuthorizationServerSettings.builder().issuer(arguments.issuer()).build();
    }
}
