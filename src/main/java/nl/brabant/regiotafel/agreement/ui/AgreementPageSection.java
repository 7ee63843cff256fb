package nl.brabant.regiotafel.agreement.ui;

import com.vaadin.flow.component.html.Div;
import nl.brabant.regiotafel.agreement.AgreementDetails;

/**
 * A part of the agreement page that another feature contributes (a Spring bean), such as Woo
 * publication: the agreement feature shows it without knowing that feature, so no cycle arises.
 */
public interface AgreementPageSection {

    Div create(AgreementDetails agreement);
}
