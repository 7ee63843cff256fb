package nl.brabant.regiotafel.publication.ui;

import com.vaadin.flow.component.html.Div;
import java.util.List;
import nl.brabant.regiotafel.agreement.AgreementDetails;
import nl.brabant.regiotafel.agreement.AgreementStatus;
import nl.brabant.regiotafel.agreement.ui.AgreementPageSection;
import nl.brabant.regiotafel.publication.PublicationService;
import org.springframework.stereotype.Component;

/** The Woo section of the agreement page: the adopted agreement with its adoptions. */
@Component
class AgreementPublications implements AgreementPageSection {

    private final PublicationService publications;

    AgreementPublications(PublicationService publications) {
        this.publications = publications;
    }

    @Override
    public Div create(AgreementDetails agreement) {
        return new PublicationSection(
                publications,
                publications.mayPublish(agreement.regionId()),
                () -> publications.ofAgreement(agreement.id()),
                agreement.status() == AgreementStatus.ADOPTED
                        ? List.of(
                                new PublicationSection.PublishAction(
                                        "publication.publishAgreement",
                                        "woo-publish-agreement",
                                        () -> publications.publishAgreement(agreement.id())))
                        : List.of());
    }
}
