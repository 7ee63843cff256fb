package nl.brabant.regiotafel.security;

/** The seven roles of DESIGN.md. Province roles and ADMIN hold for all regions. */
public enum Role {
    ALDERMAN(false),
    MUNICIPAL_OFFICER(false),
    AGENCY(false),
    HOUSING_PROVIDER(false),
    PROVINCE_COORDINATOR(true),
    PROVINCE_MONITOR(true),
    ADMIN(true);

    private final boolean allRegions;

    Role(boolean allRegions) {
        this.allRegions = allRegions;
    }

    /** True when a membership with this role holds for every region (it carries no region). */
    public boolean isAllRegions() {
        return allRegions;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
