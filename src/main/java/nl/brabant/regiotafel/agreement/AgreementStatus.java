package nl.brabant.regiotafel.agreement;

/** DRAFT → CONSULTATION → ADOPTION_PENDING → ADOPTED (→ SUPERSEDED by a newer agreement). */
public enum AgreementStatus {
    DRAFT,
    CONSULTATION,
    ADOPTION_PENDING,
    ADOPTED,
    SUPERSEDED;

    boolean textEditable() {
        return this == DRAFT || this == CONSULTATION;
    }

    /** Stakeholders (agencies, housing providers) read only from consultation on. */
    boolean publicForStakeholders() {
        return this != DRAFT;
    }
}
