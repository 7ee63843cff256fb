package nl.brabant.regiotafel.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.time.Duration;
import nl.brabant.regiotafel.security.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.authorization.EnableMultiFactorAuthentication;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.authentication.ui.DefaultResourcesFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.webauthn.authentication.PublicKeyCredentialRequestOptionsFilter;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.web.webauthn.registration.PublicKeyCredentialCreationOptionsFilter;

/**
 * Form login through the Vaadin login view, and single sign-on through an OpenID provider when one
 * is configured; deny by default; method security for the services.
 */
@Configuration
@EnableWebSecurity
// Services carry @PreAuthorize. JSR-250 (@RolesAllowed, @PermitAll) is only on views, where
// Vaadin's
// navigation access control reads it; letting method security read it too wrapped every view in a
// proxy made per page visit, which the load test's profile showed as a fifth of all CPU time.
@EnableMethodSecurity
// Spring Security's multi-factor sign-in: a passkey after the password adds FACTOR_WEBAUTHN to the
// same sign-in (FACTOR_PASSWORD stays). No factor is required everywhere: who needs a second one
// is SecondFactorPolicy's question.
@EnableMultiFactorAuthentication(authorities = {})
class SecurityConfiguration {

    /**
     * Only directives that leave Vaadin's bundle alone: it needs inline styles, inline scripts and
     * eval, so script-src and style-src would break it or mean nothing. What is left still forbids
     * framing by other sites, plugins and a foreign base URL.
     */
    static final String CONTENT_SECURITY_POLICY =
            "frame-ancestors 'self'; object-src 'none'; base-uri 'self'";

    static final Duration HSTS_MAX_AGE = Duration.ofDays(365);

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            LoginThrottle throttle,
            WebAuthnRelyingPartyOperations relyingParty,
            UserDetailsService users,
            PasskeyStore passkeys,
            SecurityAudit audit,
            AuthenticationEventPublisher events,
            SingleSignOn singleSignOn,
            SingleSignOnAccounts singleSignOnAccounts)
            throws Exception {
        http.addFilterBefore(
                new LocalPasswordsOffFilter(singleSignOn),
                UsernamePasswordAuthenticationFilter.class);
        http.addFilterBefore(new LoginCsrfFilter(), UsernamePasswordAuthenticationFilter.class);
        http.addFilterBefore(
                new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class);
        http.addFilterBefore(new EndedSessionExit(), UsernamePasswordAuthenticationFilter.class);
        // Our plain CSS is public: the login page needs it. Calendar feeds are fetched by calendar
        // programs without a session: the secret token in the address is checked by the service.
        // The public (Woo) site is for everyone; its service shows only what was published.
        http.authorizeHttpRequests(
                auth ->
                        auth.requestMatchers(
                                        PathPatternRequestMatcher.withDefaults().matcher("/css/**"),
                                        PathPatternRequestMatcher.withDefaults()
                                                .matcher(HttpMethod.GET, "/agenda-feed/*"),
                                        PathPatternRequestMatcher.withDefaults()
                                                .matcher(HttpMethod.GET, "/openbaar"),
                                        PathPatternRequestMatcher.withDefaults()
                                                .matcher(HttpMethod.GET, "/openbaar/**"))
                                .permitAll());
        http.headers(
                headers -> {
                    // Vaadin's pages are served through a servlet forward, after which Tomcat 11 no
                    // longer
                    // tells Spring's response wrapper that the response was committed: headers
                    // written
                    // "on commit" were lost on every Vaadin response (spring-security#19457). Write
                    // them first.
                    headers.addObjectPostProcessor(
                            new ObjectPostProcessor<HeaderWriterFilter>() {
                                @Override
                                public <O extends HeaderWriterFilter> O postProcess(O filter) {
                                    filter.setShouldWriteHeadersEagerly(true);
                                    return filter;
                                }
                            });
                    headers.contentTypeOptions(Customizer.withDefaults())
                            // Spring writes it only on requests that arrived over TLS: directly, or
                            // per
                            // X-Forwarded-Proto from the trusted proxy
                            // (server.forward-headers-strategy=native).
                            .httpStrictTransportSecurity(
                                    hsts ->
                                            hsts.maxAgeInSeconds(HSTS_MAX_AGE.toSeconds())
                                                    .includeSubDomains(true))
                            .referrerPolicy(
                                    r ->
                                            r.policy(
                                                    ReferrerPolicyHeaderWriter.ReferrerPolicy
                                                            .SAME_ORIGIN))
                            .frameOptions(frame -> frame.sameOrigin())
                            .contentSecurityPolicy(
                                    csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY));
                });
        // Vaadin 25 denies every address that is not a known route; a signed-in user would get a
        // bare 403
        // for a mistyped address. Signed in, Vaadin answers it: our 404 page inside the menu
        // (NotFoundView).
        // There is nothing but the Vaadin servlet behind this chain, and views keep their own
        // access rules.
        http.with(
                VaadinSecurityConfigurer.vaadin(),
                vaadin ->
                        vaadin.loginView(LoginView.class, "/login")
                                .anyRequest(
                                        AuthorizeHttpRequestsConfigurer.AuthorizedUrl
                                                ::authenticated));
        // After Vaadin's configurer, or Spring's own default login page would be served at /login.
        // Setting the login page later keeps this handler ("?unavailable" when the check itself
        // failed).
        http.formLogin(form -> form.failureHandler(new LoginFailureHandler()));
        // Passkeys: Spring Security's WebAuthn endpoints (/webauthn/register/options,
        // /webauthn/register, /webauthn/authenticate/options, /login/webauthn) with our relying
        // party bean. Its HTML registration page is not used: our pages are Vaadin views.
        http.webAuthn(
                webAuthn ->
                        webAuthn.disableDefaultRegistrationPage(true)
                                .withObjectPostProcessor(
                                        new ObjectPostProcessor<WebAuthnAuthenticationFilter>() {
                                            @Override
                                            public <O extends WebAuthnAuthenticationFilter>
                                                    O postProcess(O filter) {
                                                ProviderManager manager =
                                                        new ProviderManager(
                                                                new PasskeyAuthenticationProvider(
                                                                        relyingParty,
                                                                        users,
                                                                        passkeys,
                                                                        audit));
                                                manager.setAuthenticationEventPublisher(events);
                                                filter.setAuthenticationManager(manager);
                                                filter.setAuthenticationFailureHandler(
                                                        new PasskeyFailureHandler());
                                                // A new session id on sign-in, as after the
                                                // password (Spring's WebAuthn filter keeps the
                                                // old one by default).
                                                SessionAuthenticationStrategy sessions =
                                                        http.getSharedObject(
                                                                SessionAuthenticationStrategy
                                                                        .class);
                                                filter.setSessionAuthenticationStrategy(
                                                        sessions != null
                                                                ? sessions
                                                                : new ChangeSessionIdAuthenticationStrategy());
                                                return filter;
                                            }
                                        }));
        // Spring's two option endpoints, with a security context strategy that follows Vaadin's
        // (see CurrentContextHolderStrategy). Added here, they come before the configurer's own
        // copies at the same place in the chain and answer the requests; the options travel in
        // the HTTP session as with Spring's (same default repositories).
        SecurityContextHolderStrategy strategyNow =
                SecurityContextHolder.getContextHolderStrategy();
        http.addFilterBefore(
                new ContextBridgeFilter(
                        PathPatternRequestMatcher.withDefaults()
                                .matcher(HttpMethod.POST, "/webauthn/register/options"),
                        new PublicKeyCredentialCreationOptionsFilter(relyingParty),
                        strategyNow),
                AuthorizationFilter.class);
        PublicKeyCredentialRequestOptionsFilter requestOptions =
                new PublicKeyCredentialRequestOptionsFilter(relyingParty);
        requestOptions.setSecurityContextHolderStrategy(new CurrentContextHolderStrategy());
        http.addFilterBefore(requestOptions, AuthorizationFilter.class);
        // Spring's browser script for passwordless sign-in (/login/webauthn.js), which its
        // WebAuthn configurer serves only together with Spring's own login or registration page.
        http.addFilterBefore(
                DefaultResourcesFilter.webauthn(), UsernamePasswordAuthenticationFilter.class);
        if (singleSignOn.isConfigured()) {
            singleSignOn(http, singleSignOn, singleSignOnAccounts);
        }
        return http.build();
    }

    /**
     * Spring Security's OAuth2 login with the provider's registration made on first use, the
     * authorized client kept in the session (not in a map that outlives it), our principal, and
     * every failure (also on the way out to the provider) back on our login page with the reason.
     */
    private static void singleSignOn(
            HttpSecurity http, SingleSignOn settings, SingleSignOnAccounts accounts)
            throws Exception {
        SingleSignOnFailureHandler failures = new SingleSignOnFailureHandler();
        http.oauth2Login(
                oauth ->
                        oauth.loginPage("/login")
                                .clientRegistrationRepository(new LazyClientRegistrations(settings))
                                .authorizedClientRepository(
                                        new HttpSessionOAuth2AuthorizedClientRepository())
                                .userInfoEndpoint(
                                        userInfo ->
                                                userInfo.oidcUserService(
                                                        new SingleSignOnUserService(accounts)))
                                .failureHandler(failures)
                                .withObjectPostProcessor(
                                        new ObjectPostProcessor<
                                                OAuth2AuthorizationRequestRedirectFilter>() {
                                            @Override
                                            public <
                                                            O extends
                                                                    OAuth2AuthorizationRequestRedirectFilter>
                                                    O postProcess(O filter) {
                                                filter.setAuthenticationFailureHandler(failures);
                                                return filter;
                                            }
                                        }));
    }

    /**
     * bcrypt behind Spring's delegating encoder, so a later switch to argon2 keeps old hashes
     * valid.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
