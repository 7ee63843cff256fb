package nl.brabant.regiotafel.agreement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import nl.brabant.regiotafel.agreement.export.AdoptionLine;
import nl.brabant.regiotafel.agreement.export.AgreementDocument;
import nl.brabant.regiotafel.agreement.export.AgreementPdfExporter;
import nl.brabant.regiotafel.agreement.export.ArticleLine;
import nl.brabant.regiotafel.agreement.export.CommitmentLine;
import nl.brabant.regiotafel.agreement.text.MarkdownRenderer;
import nl.brabant.regiotafel.agreement.word.AgreementDocxExporter;
import nl.brabant.regiotafel.base.ClockConfiguration;
import nl.brabant.regiotafel.base.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Any version of an agreement as a PDF or a Word document: title page with status and adoptions,
 * articles, commitments.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class AgreementExportService {

    private static final Locale DUTCH = Locale.of("nl", "NL");

    private final AgreementService agreements;
    private final AgreementHistoryService history;
    private final CommitmentService commitments;
    private final AgreementPdfExporter pdf;
    private final AgreementDocxExporter docx;
    private final MarkdownRenderer markdown;

    AgreementExportService(
            AgreementService agreements,
            AgreementHistoryService history,
            CommitmentService commitments,
            AgreementPdfExporter pdf,
            AgreementDocxExporter docx,
            MarkdownRenderer markdown) {
        this.agreements = agreements;
        this.history = history;
        this.commitments = commitments;
        this.pdf = pdf;
        this.docx = docx;
        this.markdown = markdown;
    }

    /**
     * @param versionId a named version, or null for the text as it stands now
     */
    public byte[] pdf(long agreementId, Long versionId) {
        return pdf.export(document(agreementId, versionId));
    }

    /**
     * The same version as an editable Word document, with the articles' formatting.
     *
     * @param versionId a named version, or null for the text as it stands now
     */
    public byte[] docx(long agreementId, Long versionId) {
        return docx.export(document(agreementId, versionId));
    }

    /**
     * The agreement as published under the Woo (see {@link PublicAgreementVersion}): the frozen
     * version that the municipalities adopt, or the current text when none is frozen.
     */
    public PublicAgreementVersion publicVersion(long agreementId) {
        AgreementDetails details = agreements.get(agreementId);
        AgreementDocument document = document(agreementId, details.frozenVersionId(), true);
        List<PublicAgreementVersion.Adoption> adoptions =
                document.adoptions().stream()
                        .map(
                                a ->
                                        new PublicAgreementVersion.Adoption(
                                                a.municipality(),
                                                a.adoptedOn(),
                                                a.decisionReference()))
                        .toList();
        LocalDate date =
                adoptions.stream()
                        .map(PublicAgreementVersion.Adoption::adoptedOn)
                        .filter(Objects::nonNull)
                        .max(Comparator.naturalOrder())
                        .orElse(LocalDate.now(ClockConfiguration.ZONE));
        return new PublicAgreementVersion(
                details.id(),
                details.regionId(),
                details.regionCode(),
                details.regionName(),
                details.title(),
                details.status(),
                date,
                adoptions,
                pdf.export(document));
    }

    private AgreementDocument document(long agreementId, Long versionId) {
        return document(agreementId, versionId, false);
    }

    private AgreementDocument document(long agreementId, Long versionId, boolean publicVersion) {
        ResourceBundle texts = ResourceBundle.getBundle("vaadin-i18n.translations", DUTCH);
        AgreementDetails details = agreements.get(agreementId);
        NamedVersionRow version =
                versionId == null
                        ? null
                        : history.versions(agreementId).stream()
                                .filter(v -> v.id() == versionId)
                                .findFirst()
                                .orElseThrow(() -> new NotFoundException("version"));
        List<ArticleRow> articles =
                version == null
                        ? details.articles()
                        : history.stateAt(agreementId, version.revisionNumber());
        List<ArticleLine> lines = new ArrayList<>();
        for (ArticleRow a : articles) {
            lines.add(
                    new ArticleLine(
                            a.number(), a.heading(), markdown.toPlainText(a.body()), a.body()));
        }
        List<AdoptionLine> adoptions =
                details.municipalities().entrySet().stream()
                        .map(
                                m -> {
                                    AdoptionRow done = details.adoptions().get(m.getKey());
                                    return new AdoptionLine(
                                            m.getValue(),
                                            done == null ? null : done.adoptedOn(),
                                            done == null ? null : done.decisionReference(),
                                            null);
                                })
                        .toList();
        List<CommitmentLine> commitmentLines =
                commitments.of(agreementId).stream()
                        .map(
                                c ->
                                        new CommitmentLine(
                                                c.description(),
                                                c.owner(),
                                                texts.getString("theme." + c.theme().name()),
                                                c.targetValue().stripTrailingZeros().toPlainString()
                                                        + " "
                                                        + c.unit(),
                                                c.deadline(),
                                                c.indicator(),
                                                c.reached().stripTrailingZeros().toPlainString()
                                                        + " "
                                                        + c.unit(),
                                                texts.getString(
                                                        "commitment.status." + c.status().name())))
                        .toList();
        return new AgreementDocument(
                details.regionName(),
                details.title(),
                version == null ? texts.getString("agreement.currentText") : version.name(),
                texts.getString("agreement.status." + details.status().name()),
                texts.getString("agreement.scope." + details.scope().name()),
                version == null ? null : version.createdAt().atZone(ClockConfiguration.ZONE),
                version == null || publicVersion ? null : version.createdBy(),
                details.themes().stream()
                        .sorted()
                        .map(t -> texts.getString("theme." + t.name()))
                        .toList(),
                adoptions,
                lines,
                commitmentLines);
    }
}
