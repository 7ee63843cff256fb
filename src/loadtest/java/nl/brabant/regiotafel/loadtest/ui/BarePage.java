package nl.brabant.regiotafel.loadtest.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import jakarta.annotation.security.PermitAll;

/**
 * A page with one paragraph and no layout: the memory a signed-in Vaadin session costs before any
 * of our screens. Registered at {@code last/kaal} by {@link BarePageRoute} only in the load test.
 */
@PermitAll
public class BarePage extends Div {

    public BarePage() {
        add(new Paragraph("Kale pagina voor de geheugenmeting."));
        setId("bare");
    }
}
