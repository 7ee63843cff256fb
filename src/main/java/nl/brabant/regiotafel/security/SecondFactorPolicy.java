package nl.brabant.regiotafel.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.security.authorization.AllRequiredFactorsAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.ConditionalAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Who must show a second factor: people holding one of the configured roles, when the requirement
 * is on. The second factor is a passkey (Spring Security's {@code FACTOR_WEBAUTHN}, after the
 * password or as passwordless sign-in) or a one-time recovery code ({@link
 * #RECOVERY_CODE_AUTHORITY}). The check itself is Spring Security's multi-factor authorization:
 * "any of these factors", applied only when the condition holds.
 *
 * <p>Without {@code regiotafel.security.second-factor-required} the requirement is on with an
 * external database and off for the embedded demo, whose README logins must work as they are.
 */
@Component
public class SecondFactorPolicy {

    /** The factor a used recovery code gives. */
    public static final String RECOVERY_CODE_AUTHORITY = "FACTOR_RECOVERY_CODE";

    private static final Logger log = LoggerFactory.getLogger(SecondFactorPolicy.class);

    private final Set<Role> roles;
    private final AuthorizationManager<Object> check;
    private volatile boolean required;

    SecondFactorPolicy(
            @Value("${regiotafel.security.second-factor-required:}") String required,
            @Value("${regiotafel.security.second-factor-roles:PROVINCE_COORDINATOR,ADMIN}")
                    String roles,
            Environment environment) {
        this.roles = parseRoles(roles);
        this.required =
                StringUtils.hasText(required)
                        ? Boolean.parseBoolean(required.strip())
                        : StringUtils.hasText(environment.getProperty("spring.datasource.url"));
        AuthorizationManager<Object> anyFactor =
                AllRequiredFactorsAuthorizationManager.anyOf(
                        AllRequiredFactorsAuthorizationManager.builder()
                                .requireFactor(factor -> factor.webauthnAuthority())
                                .build(),
                        AllRequiredFactorsAuthorizationManager.builder()
                                .requireFactor(factor -> factor.authority(RECOVERY_CODE_AUTHORITY))
                                .build());
        this.check =
                ConditionalAuthorizationManager.<Object>when(this::appliesTo)
                        .whenTrue(anyFactor)
                        .build();
        log.info(
                "Second factor {} for roles {}",
                this.required ? "required" : "not required",
                this.roles);
    }

    /** True when this signed-in person must show a second factor (whether or not they did). */
    public boolean appliesTo(Authentication authentication) {
        if (!required || authentication == null || !authentication.isAuthenticated()) {
            return false;
        }
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            for (Role role : roles) {
                if (role.authority().equals(authority.getAuthority())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when the person must show a second factor and has not yet in this sign-in. */
    public boolean isPending(Authentication authentication) {
        if (!appliesTo(authentication)) {
            return false;
        }
        AuthorizationResult result = check.authorize(() -> authentication, this);
        return result != null && !result.isGranted();
    }

    /** True when this sign-in included a passkey or a recovery code. */
    public static boolean hasSecondFactor(Authentication authentication) {
        return authentication != null
                && authentication.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .anyMatch(
                                a ->
                                        FactorGrantedAuthority.WEBAUTHN_AUTHORITY.equals(a)
                                                || RECOVERY_CODE_AUTHORITY.equals(a));
    }

    public boolean isRequired() {
        return required;
    }

    /**
     * Switches the requirement at run time. The configuration sets it at start; tests switch it on
     * for their own accounts and off again, inside the one application context they share.
     */
    public void setRequired(boolean required) {
        this.required = required;
        log.info("Second factor now {}", required ? "required" : "not required");
    }

    public Set<Role> roles() {
        return Set.copyOf(roles);
    }

    private static Set<Role> parseRoles(String value) {
        if (!StringUtils.hasText(value)) {
            return EnumSet.noneOf(Role.class);
        }
        return Arrays.stream(value.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(s -> Role.valueOf(s.toUpperCase(Locale.ROOT)))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }
}
