package nl.brabant.regiotafel.security;

import nl.brabant.regiotafel.region.OrganisationType;

/**
 * What an inviter fills in: the invitee's address and name, their organisation (an existing one by
 * id, or a new one by name and type), the role, the region (null for a province role) and the
 * language of the e-mail and of the account.
 */
public record NewInvitation(
        String email,
        String displayName,
        Long organisationId,
        String newOrganisationName,
        OrganisationType newOrganisationType,
        Role role,
        Long regionId,
        String language) {}
