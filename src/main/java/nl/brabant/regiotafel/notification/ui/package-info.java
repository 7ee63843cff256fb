/** The list of a person's notifications. */
package nl.brabant.regiotafel.notification.ui;
