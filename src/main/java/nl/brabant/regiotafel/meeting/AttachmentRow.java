package nl.brabant.regiotafel.meeting;

/** An attachment as the agenda lists it; a {@code confidential} one is never made public. */
public record AttachmentRow(
        long id, String name, String mediaType, long size, boolean confidential) {}
