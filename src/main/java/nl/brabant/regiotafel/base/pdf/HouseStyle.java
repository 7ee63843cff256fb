package nl.brabant.regiotafel.base.pdf;

import java.awt.Color;
import org.openpdf.text.Document;
import org.openpdf.text.Paragraph;

/**
 * The look every Regiotafel PDF shares: its colours, its type, section headings and remarks, and
 * the metadata that says who made the document and in which language. Tables are in {@link Tables},
 * the page footer is {@link PageFooter}.
 */
public final class HouseStyle {

    public static final Color ACCENT = new Color(0x1f, 0x4e, 0x79);
    public static final Color GREY = new Color(0x55, 0x55, 0x55);

    /** Behind a table's header row. */
    public static final Color HEADER_FILL = new Color(0xe4, 0xec, 0xf4);

    /** Behind every second row of a long table of figures. */
    public static final Color ZEBRA_FILL = new Color(0xf5, 0xf6, 0xf7);

    /** The lines between table cells. */
    public static final Color RULE = new Color(0xb0, 0xb8, 0xc0);

    public static final TextFont BODY = TextFont.regular(10, Color.BLACK);
    public static final TextFont BODY_BOLD = TextFont.bold(10, Color.BLACK);
    public static final TextFont CELL = TextFont.regular(9, Color.BLACK);
    public static final TextFont CELL_BOLD = TextFont.bold(9, Color.BLACK);

    /** Small grey type: the footer, and who recorded something. */
    public static final TextFont NOTE = TextFont.regular(8.5f, GREY);

    /** The region above a document's heading. */
    public static final TextFont KICKER = TextFont.bold(10, GREY);

    public static final TextFont HEADING = TextFont.bold(22, ACCENT);
    public static final TextFont TITLE = TextFont.bold(14, Color.BLACK);
    public static final TextFont SECTION = TextFont.bold(12.5f, ACCENT);
    private static final TextFont REMARK = TextFont.italic(10, GREY);

    private HouseStyle() {}

    /**
     * Title and language for screen readers and search; the subject is left out when there is none.
     */
    public static void describe(Document document, String title, String subject) {
        document.addTitle(title);
        if (subject != null && !subject.isBlank()) {
            document.addSubject(subject);
        }
        document.addCreator("Regiotafel");
        document.setDocumentLanguage("nl-NL");
    }

    public static void section(Document document, String text) {
        Paragraph section = SECTION.paragraph(text);
        section.setSpacingBefore(16);
        section.setSpacingAfter(6);
        document.add(section);
    }

    /** A remark in place of missing content, such as "Geen besluiten vastgelegd.". */
    public static Paragraph note(String text) {
        return REMARK.paragraph(text);
    }
}
