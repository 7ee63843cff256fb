package nl.brabant.regiotafel.agreement;

public enum AgreementScope {
    HOUSING_ONLY,
    INTEGRAL
}
