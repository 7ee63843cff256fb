package nl.brabant.regiotafel.security;

/** A member of a region as the workspace lists them. */
public record MemberRow(String displayName, String organisationName, Role role) {}
