package nl.brabant.regiotafel.agreement;

import java.util.ArrayList;
import java.util.List;
import nl.brabant.regiotafel.agreement.AgreementEvent.ArticleAdded;
import nl.brabant.regiotafel.agreement.word.DocxReader;
import nl.brabant.regiotafel.agreement.word.WordImport;
import nl.brabant.regiotafel.base.TextInput;
import nl.brabant.regiotafel.base.UserInputException;
import nl.brabant.regiotafel.security.Action;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes a region's Word draft into the workspace: first a preview of the articles it would become
 * (nothing stored), then, once confirmed, one new article per heading, each with one revision of
 * kind IMPORT that names the file. Only those who may edit the agreement, and only while it is a
 * draft; a refusal stores nothing.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional
public class AgreementWordService {

    static final String UNNAMED = "Word-bestand.docx";

    private final ArticleRepository articles;
    private final AgreementAccess access;
    private final AgreementService documents;
    private final AuditLog audit;
    private final AgreementEvents events;
    private final DocxReader reader;

    AgreementWordService(
            ArticleRepository articles,
            AgreementAccess access,
            AgreementService documents,
            AuditLog audit,
            AgreementEvents events,
            DocxReader reader) {
        this.articles = articles;
        this.access = access;
        this.documents = documents;
        this.audit = audit;
        this.events = events;
        this.reader = reader;
    }

    /** The largest file the import reads, in bytes. */
    public int maxBytes() {
        return DocxReader.MAX_BYTES;
    }

    /** What the file would become; nothing is stored. */
    @Transactional(readOnly = true)
    public WordImport preview(long agreementId, String fileName, byte[] bytes) {
        Agreement agreement = access.readable(agreementId);
        access.require(Action.EDIT_AGREEMENT, agreement);
        requireDraft(agreement);
        return reader.read(fileName(fileName), bytes);
    }

    /**
     * Adds the previewed articles after the existing ones, all or none. Returns them as they are
     * now.
     */
    public List<ArticleRow> importArticles(long agreementId, WordImport words) {
        Agreement agreement = access.lockedFor(agreementId, Action.EDIT_AGREEMENT);
        requireDraft(agreement);
        if (words == null || words.articles().isEmpty()) {
            throw new UserInputException("word.error.noHeadings");
        }
        String file = fileName(words.fileName());
        List<String[]> checked = new ArrayList<>();
        for (WordImport.Article a : words.articles()) {
            checked.add(
                    new String[] {
                        AgreementRules.requiredLine(a.heading(), 300, "agreement.error.heading"),
                        AgreementRules.optional(
                                a.body(), AgreementRules.MAX_BODY, "agreement.error.body")
                    });
        }
        int position = articles.findCurrent(agreementId).size();
        List<ArticleRow> added = new ArrayList<>();
        for (String[] a : checked) {
            position++;
            Article article = articles.save(new Article(agreementId, position, a[0], a[1]));
            Revision revision =
                    documents.newRevision(
                            agreement,
                            article,
                            RevisionKind.IMPORT,
                            a[0],
                            a[1],
                            position,
                            false,
                            null,
                            file);
            article.apply(revision);
            added.add(new ArticleRow(article.getId(), position, a[0], a[1], revision.getNumber()));
        }
        audit.record(
                agreement,
                AuditAction.IMPORTED_FROM_WORD,
                TextInput.shorten(file + " (" + added.size() + ")", 1000));
        added.forEach(row -> events.publish(new ArticleAdded(agreementId, row, events.by())));
        return added;
    }

    private static void requireDraft(Agreement agreement) {
        if (agreement.getStatus() != AgreementStatus.DRAFT) {
            throw new UserInputException("word.error.notDraft");
        }
    }

    /** The name without any folder the browser sent, fit for the history's remark column. */
    static String fileName(String name) {
        if (name == null) {
            return UNNAMED;
        }
        String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        String clean =
                base.codePoints()
                        .filter(c -> !Character.isISOControl(c))
                        .collect(
                                StringBuilder::new,
                                StringBuilder::appendCodePoint,
                                StringBuilder::append)
                        .toString()
                        .strip();
        return clean.isEmpty() ? UNNAMED : TextInput.shorten(clean, 255);
    }
}
