/**
 * Regiotafel sessions: meetings, agenda, attachments, minutes, decisions, action items, attendance.
 */
package nl.brabant.regiotafel.meeting;
