package nl.brabant.regiotafel.meeting.attachment;

/**
 * A file that passed {@link AttachmentInspector}.
 *
 * @param originalName the uploader's file name without path parts or control characters; data only,
 *     never a path
 * @param mediaType the media type that both content and extension agree on, e.g. {@code
 *     application/pdf}
 * @param size size in bytes
 */
public record InspectedFile(String originalName, String mediaType, long size) {}
