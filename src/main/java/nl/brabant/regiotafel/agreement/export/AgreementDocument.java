package nl.brabant.regiotafel.agreement.export;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * Everything the PDF prints about one version of an agreement; texts and lists may be null or
 * empty.
 */
public record AgreementDocument(
        String regionName,
        String title,
        String versionName,
        String statusLabel,
        String scopeLabel,
        ZonedDateTime versionCreatedAt,
        String versionCreatedBy,
        List<String> themeLabels,
        List<AdoptionLine> adoptions,
        List<ArticleLine> articles,
        List<CommitmentLine> commitments) {}
