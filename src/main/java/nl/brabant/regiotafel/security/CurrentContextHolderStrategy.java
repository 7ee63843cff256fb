package nl.brabant.regiotafel.security;

import java.util.function.Supplier;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Asks {@link SecurityContextHolder} at each call for the strategy in force. Spring Security's
 * WebAuthn option filters take the strategy when they are made, before Vaadin installs its own
 * (VaadinAwareSecurityContextHolderStrategy); they then saw an empty context, so that
 * /webauthn/register/options answered 400 to a signed-in person.
 */
final class CurrentContextHolderStrategy implements SecurityContextHolderStrategy {

    @Override
    public void clearContext() {
        SecurityContextHolder.getContextHolderStrategy().clearContext();
    }

    @Override
    public SecurityContext getContext() {
        return SecurityContextHolder.getContextHolderStrategy().getContext();
    }

    @Override
    public Supplier<SecurityContext> getDeferredContext() {
        return SecurityContextHolder.getContextHolderStrategy().getDeferredContext();
    }

    @Override
    public void setContext(SecurityContext context) {
        SecurityContextHolder.getContextHolderStrategy().setContext(context);
    }

    @Override
    public void setDeferredContext(Supplier<SecurityContext> deferredContext) {
        SecurityContextHolder.getContextHolderStrategy().setDeferredContext(deferredContext);
    }

    @Override
    public SecurityContext createEmptyContext() {
        return SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
    }
}
