package nl.brabant.regiotafel.security;

/** A person as other features show and reference them. */
public record PersonSummary(
        long id, String displayName, String email, Long organisationId, String organisationName) {

    static PersonSummary of(UserAccount account) {
        var organisation = account.getOrganisation();
        return new PersonSummary(
                account.getId(),
                account.getDisplayName(),
                account.getEmail(),
                organisation == null ? null : organisation.getId(),
                organisation == null ? "" : organisation.getName());
    }
}
