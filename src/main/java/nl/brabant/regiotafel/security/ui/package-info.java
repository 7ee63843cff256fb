/** Login and the administration of users and memberships. */
package nl.brabant.regiotafel.security.ui;
