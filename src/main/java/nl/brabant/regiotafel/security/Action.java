package nl.brabant.regiotafel.security;

import static nl.brabant.regiotafel.security.Action.Scope.ALL;
import static nl.brabant.regiotafel.security.Action.Scope.OWN;
import static nl.brabant.regiotafel.security.Action.Scope.REGION;

import java.util.EnumMap;
import java.util.Map;

/**
 * The actions of DESIGN.md's permission table that exist so far, each with who may do it. Deny by
 * default: a role missing from an action's map may not do it.
 */
public enum Action {
    VIEW_REGION_WORKSPACE(
            Map.of(
                    Role.ALDERMAN, REGION,
                    Role.MUNICIPAL_OFFICER, REGION,
                    Role.AGENCY, REGION,
                    Role.HOUSING_PROVIDER, REGION,
                    Role.PROVINCE_COORDINATOR, ALL,
                    Role.PROVINCE_MONITOR, ALL)),
    SCHEDULE_MEETING(
            Map.of(
                    Role.ALDERMAN, REGION,
                    Role.MUNICIPAL_OFFICER, REGION,
                    Role.PROVINCE_COORDINATOR, ALL)),
    PROPOSE_AGENDA_ITEM(
            Map.of(
                    Role.ALDERMAN, REGION,
                    Role.MUNICIPAL_OFFICER, REGION,
                    Role.AGENCY, REGION,
                    Role.HOUSING_PROVIDER, REGION,
                    Role.PROVINCE_COORDINATOR, ALL)),
    /** Accept, reject, order and time agenda items; publish the agenda. */
    MANAGE_AGENDA(
            Map.of(
                    Role.ALDERMAN, REGION,
                    Role.MUNICIPAL_OFFICER, REGION,
                    Role.PROVINCE_COORDINATOR, ALL)),
    /** Minutes, decisions and attendance. */
    WRITE_MINUTES(
            Map.of(
                    Role.ALDERMAN, REGION,
                    Role.MUNICIPAL_OFFICER, REGION,
                    Role.PROVINCE_COORDINATOR, ALL)),
    CREATE_ACTION_ITEMS(
            Map.of(
                    Role.ALDERMAN, REGION,
                    Role.MUNICIPAL_OFFICER, REGION,
                    Role.PROVINCE_COORDINATOR, ALL)),
    UPDATE_ACTION_ITEM_STATUS(
            Map.of(
                    Role.ALDERMAN, REGION,
                    Role.MUNICIPAL_OFFICER, REGION,
                    Role.AGENCY, OWN,
                    Role.HOUSING_PROVIDER, OWN,
                    Role.PROVINCE_COORDINATOR, ALL)),
    READ_AGREEMENT_DRAFT(
            Map.of(
                    Role.ALDERMAN, REGION,
                    Role.MUNICIPAL_OFFICER, REGION,
                    Role.PROVINCE_COORDINATOR, ALL,
                    Role.PROVINCE_MONITOR, ALL)),
    /** Reading an agreement in CONSULTATION, ADOPTION_PENDING or ADOPTED. */
    READ_AGREEMENT(
            Map.of(
                    Role.ALDERMAN, REGION,
                    Role.MUNICIPAL_OFFICER, REGION,
                    Role.AGENCY, REGION,
                    Role.HOUSING_PROVIDER, REGION,
                    Role.PROVINCE_COORDINATOR, ALL,
                    Role.PROVINCE_MONITOR, ALL)),
    /** Edit text, add articles, create named versions: the region's own people only. */
    EDIT_AGREEMENT(
            Map.of(
                    Role.ALDERMAN, REGION,
                    Role.MUNICIPAL_OFFICER, REGION)),
    COMMENT_AGREEMENT(
            Map.of(
                    Role.ALDERMAN, REGION,
                    Role.MUNICIPAL_OFFICER, REGION,
                    Role.PROVINCE_COORDINATOR, ALL)),
    /**
     * Stakeholders comment only while the agreement is in consultation (checked by the service).
     */
    COMMENT_AGREEMENT_IN_CONSULTATION(
            Map.of(
                    Role.AGENCY, REGION,
                    Role.HOUSING_PROVIDER, REGION)),
    CHANGE_AGREEMENT_STATUS(Map.of(Role.ALDERMAN, REGION)),
    /** Adoption on behalf of the alderman's own municipality (checked by the service). */
    ADOPT_AGREEMENT(Map.of(Role.ALDERMAN, REGION)),
    REPORT_COMMITMENT_PROGRESS(
            Map.of(
                    Role.ALDERMAN, REGION,
                    Role.MUNICIPAL_OFFICER, REGION,
                    Role.AGENCY, OWN,
                    Role.HOUSING_PROVIDER, OWN,
                    Role.PROVINCE_COORDINATOR, ALL)),
    READ_AGREEMENT_AUDIT(
            Map.of(
                    Role.ALDERMAN, REGION,
                    Role.PROVINCE_COORDINATOR, ALL,
                    Role.PROVINCE_MONITOR, ALL)),
    /** The cross-region monitor: the own region for aldermen and officers, all for the province. */
    VIEW_MONITOR(
            Map.of(
                    Role.ALDERMAN, REGION,
                    Role.MUNICIPAL_OFFICER, REGION,
                    Role.PROVINCE_COORDINATOR, ALL,
                    Role.PROVINCE_MONITOR, ALL)),
    /** The progress report for Provinciale Staten ("voortgangsrapportage"): the province. */
    PRODUCE_STATES_REPORT(
            Map.of(
                    Role.PROVINCE_COORDINATOR, ALL,
                    Role.PROVINCE_MONITOR, ALL)),
    /**
     * A municipality's policy framework: its own aldermen and officers (checked by the service),
     * the coordinators.
     */
    EDIT_POLICY_FRAMEWORK(
            Map.of(
                    Role.ALDERMAN, REGION,
                    Role.MUNICIPAL_OFFICER, REGION,
                    Role.PROVINCE_COORDINATOR, ALL)),
    /**
     * Mark an item public under the Woo or withdraw it, and mark agenda items and attachments
     * confidential ("vertrouwelijk").
     */
    PUBLISH_WOO(
            Map.of(
                    Role.ALDERMAN, REGION,
                    Role.MUNICIPAL_OFFICER, REGION,
                    Role.PROVINCE_COORDINATOR, ALL)),
    MANAGE_USERS(Map.of(Role.ADMIN, ALL)),
    /** Invite people to a region, in a regional role other than alderman. */
    INVITE_TO_REGION(
            Map.of(
                    Role.ALDERMAN, REGION,
                    Role.MUNICIPAL_OFFICER, REGION,
                    Role.PROVINCE_COORDINATOR, ALL,
                    Role.ADMIN, ALL)),
    /** Invite a lead alderman to a region. */
    INVITE_ALDERMAN(Map.of(Role.PROVINCE_COORDINATOR, ALL, Role.ADMIN, ALL)),
    /** Invite someone in a province role or as administrator (these hold for every region). */
    GRANT_PROVINCE_ROLE(Map.of(Role.ADMIN, ALL)),
    /** Create, rename, retype and merge organisations. */
    MANAGE_ORGANISATIONS(Map.of(Role.ADMIN, ALL));

    /**
     * REGION: a member of that region with the role; ALL: the role, in every region; OWN: a member
     * of that region with the role, and only for objects they (or their organisation) own.
     */
    public enum Scope {
        REGION,
        ALL,
        OWN
    }

    private final Map<Role, Scope> grants;

    Action(Map<Role, Scope> grants) {
        this.grants = new EnumMap<>(grants);
    }

    Scope scopeFor(Role role) {
        return grants.get(role);
    }
}
