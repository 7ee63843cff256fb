package nl.brabant.regiotafel.publication;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One line of a public page: an agenda item, a decision, an adoption. */
@Embeddable
class PublicationLine {

    @Column(length = 200)
    private String label;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String text;

    protected PublicationLine() {}

    PublicationLine(String label, String text) {
        this.label = label;
        this.text = text;
    }

    String getLabel() {
        return label;
    }

    String getText() {
        return text;
    }
}
