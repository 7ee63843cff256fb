/**
 * User accounts, memberships (region, role), the access policy every service asks, login, and the
 * second factor (passkeys through Spring Security's WebAuthn, one-time recovery codes).
 */
package nl.brabant.regiotafel.security;
