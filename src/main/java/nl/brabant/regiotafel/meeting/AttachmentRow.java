package nl.brabant.regiotafel.meeting;

public record AttachmentRow(long id, String name, String mediaType, long size) {}
