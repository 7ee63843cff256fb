/** In-app notifications, and e-mail for them when an SMTP server is configured. */
package nl.brabant.regiotafel.notification;
