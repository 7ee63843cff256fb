/** User accounts, memberships (region, role), the access policy every service asks, and login. */
package nl.brabant.regiotafel.security;
