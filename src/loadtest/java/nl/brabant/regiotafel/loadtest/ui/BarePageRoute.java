package nl.brabant.regiotafel.loadtest.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** Adds the bare page's route in the load test only; otherwise the URL does not exist. */
@Component
@ConditionalOnProperty(name = "regiotafel.load-test.users")
class BarePageRoute implements VaadinServiceInitListener {

    static final String PATH = "last/kaal";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        ApplicationRouteRegistry.getInstance(event.getSource().getContext())
                .setRoute(PATH, BarePage.class, List.of());
    }
}
