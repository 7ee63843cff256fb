package nl.brabant.regiotafel.meeting;

import java.io.InputStream;

/** An attachment's bytes with the data a download needs; the caller closes the stream. */
public record AttachmentContent(String name, String mediaType, long size, InputStream stream) {}
