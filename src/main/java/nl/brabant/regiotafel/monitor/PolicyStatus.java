package nl.brabant.regiotafel.monitor;

/** A municipality's labour-migration policy framework (evaluation section 3.2). */
public enum PolicyStatus {
    NONE,
    IN_PREPARATION,
    CURRENT_HOUSING,
    CURRENT_INTEGRAL
}
