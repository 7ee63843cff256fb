package nl.brabant.regiotafel.security.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import nl.brabant.regiotafel.security.SecondFactorPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Keeps a person whose role requires a second factor on the second-factor page until this sign-in
 * has one: every navigation to any other page (a typed address, a link, a reload) lands there.
 * Listening on each UI, before the target view is even made; Vaadin's own access control does the
 * same for views a person may not open. Only the login page stays reachable.
 */
@Component
class SecondFactorGate implements VaadinServiceInitListener {

    private final SecondFactorPolicy policy;

    SecondFactorGate(SecondFactorPolicy policy) {
        this.policy = policy;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource()
                .addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target == SecondFactorView.class || target == LoginView.class) {
            return;
        }
        if (policy.isPending(SecurityContextHolder.getContext().getAuthentication())) {
            event.forwardTo(SecondFactorView.class);
        }
    }
}
