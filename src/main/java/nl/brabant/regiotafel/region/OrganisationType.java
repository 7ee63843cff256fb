package nl.brabant.regiotafel.region;

/** The kinds of organisations at a regiotafel. */
public enum OrganisationType {
    MUNICIPALITY,
    PROVINCE,
    TEMP_WORK_AGENCY,
    EMPLOYER,
    HOUSING_PROVIDER,
    UNION,
    ENFORCEMENT,
    HEALTH,
    EDUCATION,
    INTEREST_GROUP,
    OTHER
}
