package nl.brabant.regiotafel.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a signed-in session may sit without the person doing anything, and how long before the
 * end they are warned (WCAG 2.2.1: warned and able to extend with one simple action).
 *
 * @param inactivityTimeout without key, pointer or page activity for this long, the session ends
 * @param inactivityWarning the warning comes this long before the end
 */
@ConfigurationProperties("regiotafel.session")
public record InactivityLimits(
        @DefaultValue("30m") Duration inactivityTimeout,
        @DefaultValue("2m") Duration inactivityWarning) {

    public InactivityLimits {
        if (inactivityTimeout.isNegative() || inactivityTimeout.isZero()) {
            throw new IllegalArgumentException("inactivity-timeout must be positive");
        }
        if (inactivityWarning.isNegative() || inactivityWarning.compareTo(inactivityTimeout) >= 0) {
            throw new IllegalArgumentException(
                    "inactivity-warning must lie between 0 and the timeout");
        }
    }
}
