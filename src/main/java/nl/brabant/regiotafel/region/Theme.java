package nl.brabant.regiotafel.region;

/** The four integral themes of the approach (evaluation, Bijlage A). */
public enum Theme {
    HOUSING,
    LABOUR_MARKET,
    SOCIAL,
    ENFORCEMENT
}
