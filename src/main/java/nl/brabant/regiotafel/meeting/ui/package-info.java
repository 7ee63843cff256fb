/**
 * The screens of a regiotafel session: lists, the meeting page, agenda, minutes, attendance, my
 * action items.
 */
package nl.brabant.regiotafel.meeting.ui;
