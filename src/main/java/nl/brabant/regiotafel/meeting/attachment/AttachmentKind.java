package nl.brabant.regiotafel.meeting.attachment;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.tika.mime.MediaType;

/** The kinds of file an agenda item may carry, each with the extensions that announce it. */
enum AttachmentKind {
    PDF(Container.NONE, "application/pdf", List.of("pdf")),
    DOC(Container.OLE2, "application/msword", List.of("doc"), "WordDocument"),
    // Excel 5/95 calls its main stream "Book", later versions "Workbook".
    XLS(Container.OLE2, "application/vnd.ms-excel", List.of("xls"), "Workbook", "Book"),
    PPT(Container.OLE2, "application/vnd.ms-powerpoint", List.of("ppt"), "PowerPoint Document"),
    DOCX(
            Container.OOXML,
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            List.of("docx"),
            "word/"),
    XLSX(
            Container.OOXML,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            List.of("xlsx"),
            "xl/"),
    PPTX(
            Container.OOXML,
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            List.of("pptx"),
            "ppt/"),
    ODT(Container.ODF, "application/vnd.oasis.opendocument.text", List.of("odt")),
    ODS(Container.ODF, "application/vnd.oasis.opendocument.spreadsheet", List.of("ods")),
    ODP(Container.ODF, "application/vnd.oasis.opendocument.presentation", List.of("odp")),
    PNG(Container.NONE, "image/png", List.of("png")),
    JPEG(Container.NONE, "image/jpeg", List.of("jpg", "jpeg")),
    GIF(Container.NONE, "image/gif", List.of("gif")),
    WEBP(Container.NONE, "image/webp", List.of("webp"));

    /** How far Tika core's magic can see; the rest is checked inside the container. */
    enum Container {
        NONE(null),
        OLE2(MediaType.parse("application/x-tika-msoffice")),
        OOXML(MediaType.APPLICATION_ZIP),
        ODF(MediaType.APPLICATION_ZIP);

        private final MediaType family;

        Container(MediaType family) {
            this.family = family;
        }
    }

    private final Container container;
    private final MediaType mediaType;
    private final List<String> extensions;
    private final List<String> markers;

    AttachmentKind(
            Container container, String mediaType, List<String> extensions, String... markers) {
        this.container = container;
        this.mediaType = MediaType.parse(mediaType);
        this.extensions = extensions;
        this.markers = List.of(markers);
    }

    static Optional<AttachmentKind> byExtension(String extension) {
        String lower = extension.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(kind -> kind.extensions.contains(lower)).findFirst();
    }

    Container container() {
        return container;
    }

    MediaType mediaType() {
        return mediaType;
    }

    /** The type Tika core must report (or a subtype of it) before the container is looked into. */
    MediaType family() {
        return container == Container.NONE ? mediaType : container.family;
    }

    /** OLE2 stream names or OOXML folder prefixes, of which at least one must be present. */
    List<String> markers() {
        return markers;
    }
}
