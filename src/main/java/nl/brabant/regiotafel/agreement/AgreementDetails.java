package nl.brabant.regiotafel.agreement;

import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.brabant.regiotafel.region.Theme;

/** An agreement's page: its articles now, who may do what, and the adoption state. */
public record AgreementDetails(
        long id,
        long regionId,
        String regionCode,
        String regionName,
        String title,
        AgreementScope scope,
        AgreementStatus status,
        Set<Theme> themes,
        Map<Long, String> municipalities,
        List<ArticleRow> articles,
        long revisionCount,
        Long frozenVersionId,
        Map<Long, AdoptionRow> adoptions,
        Permissions may) {

    public record Permissions(
            boolean edit,
            boolean comment,
            boolean changeStatus,
            Long adoptFor,
            boolean readAudit) {}
}
