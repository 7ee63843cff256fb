/** Checks and stores the files attached to agenda items. */
package nl.brabant.regiotafel.meeting.attachment;
