/** Export of a meeting's agenda and minutes as PDF and as an iCalendar event. */
package nl.brabant.regiotafel.meeting.export;
