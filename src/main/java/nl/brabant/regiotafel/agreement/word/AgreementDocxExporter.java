package nl.brabant.regiotafel.agreement.word;

import static nl.brabant.regiotafel.base.format.DocumentText.isBlank;
import static nl.brabant.regiotafel.base.format.DocumentText.orEmpty;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import nl.brabant.regiotafel.agreement.export.AdoptionLine;
import nl.brabant.regiotafel.agreement.export.AgreementDocument;
import nl.brabant.regiotafel.agreement.export.ArticleLine;
import nl.brabant.regiotafel.agreement.export.CommitmentLine;
import nl.brabant.regiotafel.base.docx.WordStyle;
import nl.brabant.regiotafel.base.docx.WordTables;
import nl.brabant.regiotafel.base.format.DateFormats;
import nl.brabant.regiotafel.base.format.DocumentText;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.springframework.stereotype.Component;

/**
 * One version of an agreement as an editable Word document for a council proposal: a title page
 * (status, scope, themes, the municipalities and their adoption), the articles as "Artikel N –"
 * headings (Heading 1) with their Markdown formatting, the commitments as a table under a "Bijlage"
 * heading, and the version and date in the footer. The same {@link AgreementDocument} as the PDF,
 * in Dutch like it.
 */
@Component
public class AgreementDocxExporter {

    static final String HEADING = "Intergemeentelijke afspraken arbeidsmigratie";
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    private final Clock clock;

    AgreementDocxExporter(Clock clock) {
        this.clock = clock;
    }

    public byte[] export(AgreementDocument agreement) {
        XWPFDocument document = WordStyle.create();
        String title = isBlank(agreement.title()) ? HEADING : agreement.title();
        document.getProperties().getCoreProperties().setTitle(title);
        document.getProperties()
                .getCoreProperties()
                .setSubjectProperty(HEADING + " – " + DocumentText.orDash(agreement.regionName()));
        titlePage(document, agreement);
        WordStyle.pageBreak(document);
        articles(document, orEmpty(agreement.articles()));
        commitments(document, orEmpty(agreement.commitments()));
        ZonedDateTime date =
                agreement.versionCreatedAt() != null
                        ? agreement.versionCreatedAt()
                        : ZonedDateTime.now(clock);
        WordStyle.footer(
                document,
                title
                        + " – versie "
                        + DocumentText.orDash(agreement.versionName())
                        + " · "
                        + DateFormats.documentLongDate(date));
        return WordStyle.bytes(document);
    }

    private static void titlePage(XWPFDocument document, AgreementDocument a) {
        if (!isBlank(a.regionName())) {
            WordStyle.paragraph(document, a.regionName());
        }
        WordStyle.styled(document, WordStyle.TITLE, HEADING);
        if (!isBlank(a.title())) {
            WordStyle.styled(document, WordStyle.SUBTITLE, a.title());
        }
        WordTables.facts(
                document,
                List.of(
                        new String[] {"Versie:", a.versionName()},
                        new String[] {"Status:", a.statusLabel()},
                        new String[] {"Reikwijdte:", a.scopeLabel()},
                        new String[] {"Thema's:", DocumentText.joined(a.themeLabels())},
                        new String[] {"Versie vastgelegd:", recorded(a)}));
        WordStyle.styled(document, WordStyle.SUBTITLE, "Vaststelling per gemeente");
        List<AdoptionLine> adoptions = orEmpty(a.adoptions());
        if (adoptions.isEmpty()) {
            WordStyle.note(document, "Nog geen gemeenten aan deze afspraken verbonden.");
            return;
        }
        long adopted = adoptions.stream().filter(line -> line.adoptedOn() != null).count();
        WordStyle.paragraph(
                document,
                adopted
                        + " van "
                        + adoptions.size()
                        + " gemeenten "
                        + (adopted == 1 ? "heeft" : "hebben")
                        + " vastgesteld");
        XWPFTable table = WordTables.table(document, "Gemeente", "Vastgesteld op", "Besluit");
        for (AdoptionLine line : adoptions) {
            WordTables.row(
                    table,
                    line.municipality(),
                    line.adoptedOn() == null
                            ? "nog niet vastgesteld"
                            : DateFormats.documentDate(line.adoptedOn()),
                    line.decisionReference());
        }
    }

    private static String recorded(AgreementDocument a) {
        if (a.versionCreatedAt() == null) {
            return isBlank(a.versionCreatedBy()) ? null : "door " + a.versionCreatedBy();
        }
        String date = DateFormats.documentLongDate(a.versionCreatedAt());
        return isBlank(a.versionCreatedBy()) ? date : date + " door " + a.versionCreatedBy();
    }

    private void articles(XWPFDocument document, List<ArticleLine> articles) {
        if (articles.isEmpty()) {
            WordStyle.note(document, "Geen artikelen vastgelegd.");
            return;
        }
        DocxLists lists = new DocxLists(document);
        MarkdownToDocx body = new MarkdownToDocx(document, lists);
        for (ArticleLine article : articles) {
            String number = "Artikel " + article.number();
            WordStyle.heading(
                    document,
                    1,
                    isBlank(article.heading())
                            ? number
                            : number + " – " + article.heading().strip());
            if (article.markdownBody() != null) {
                body.write(parser.parse(article.markdownBody()));
            } else if (!isBlank(article.plainBody())) {
                for (String paragraph : article.plainBody().strip().split("\\R\\s*\\R")) {
                    WordStyle.paragraph(document, paragraph.strip());
                }
            }
        }
    }

    private static void commitments(XWPFDocument document, List<CommitmentLine> commitments) {
        WordStyle.styled(document, WordStyle.APPENDIX, "Toezeggingen");
        if (commitments.isEmpty()) {
            WordStyle.note(document, "Geen toezeggingen vastgelegd.");
            return;
        }
        XWPFTable table =
                WordTables.table(
                        document,
                        "Omschrijving",
                        "Eigenaar",
                        "Thema",
                        "Doel",
                        "Deadline",
                        "Indicator",
                        "Voortgang",
                        "Status");
        for (CommitmentLine line : commitments) {
            WordTables.row(
                    table,
                    line.description(),
                    line.owner(),
                    line.themeLabel(),
                    line.target(),
                    DateFormats.documentDate(line.deadline()),
                    line.indicator(),
                    line.progress(),
                    line.statusLabel());
        }
    }
}
