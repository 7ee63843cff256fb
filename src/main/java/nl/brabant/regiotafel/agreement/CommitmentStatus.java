package nl.brabant.regiotafel.agreement;

/** Derived from dates and values, never typed in. */
public enum CommitmentStatus {
    ON_TRACK,
    AT_RISK,
    LATE,
    DONE
}
