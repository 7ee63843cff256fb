package nl.brabant.regiotafel.security;

/**
 * The current person's second factor: whether their role requires one ({@code required}), whether
 * this sign-in still lacks it ({@code pending}), and what they have.
 */
public record SecondFactorStatus(
        boolean required, boolean pending, int passkeys, int unusedRecoveryCodes) {}
