package nl.brabant.regiotafel.meeting.attachment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Optional;
import nl.brabant.regiotafel.base.UserInputException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Decides whether an uploaded file may be attached to an agenda item. Works on a file the upload
 * has already spooled to disk: sniffing the content and looking into zip containers both need to
 * read it more than once, and its size is then a fact rather than a claim of the browser.
 *
 * <p>The extension chooses the kind the uploader means ({@code attachment.error.type} when it is no
 * allowed kind); the content must then prove to be that kind ({@code attachment.error.mismatch}),
 * so an executable or a script renamed to {@code .pdf} is refused without trusting its name.
 */
@Component
public class AttachmentInspector {

    static final int MAX_NAME_LENGTH = 255;

    private final AttachmentProperties properties;
    // The detector of tika-core alone: magic bytes, without the file name as a hint.
    private final MimeTypes mimeTypes = MimeTypes.getDefaultMimeTypes();
    private final MediaTypeRegistry registry = mimeTypes.getMediaTypeRegistry();

    public AttachmentInspector(AttachmentProperties properties) {
        this.properties = properties;
    }

    /**
     * @param originalName the name the browser sent, possibly with path parts
     * @param content the uploaded bytes, already on disk; only read, never moved or deleted
     * @throws UserInputException with an {@code attachment.error.*} key when the file is refused
     * @throws IOException when the spooled file cannot be read
     */
    public InspectedFile inspect(String originalName, Path content) throws IOException {
        String name = cleanName(originalName);
        long size = Files.size(content);
        if (size == 0) {
            throw new UserInputException("attachment.error.empty");
        }
        if (size > properties.maxSize().toBytes()) {
            throw new UserInputException(
                    "attachment.error.tooLarge", properties.maxSize().toMegabytes());
        }
        AttachmentKind kind =
                extension(name)
                        .flatMap(AttachmentKind::byExtension)
                        .orElseThrow(() -> new UserInputException("attachment.error.type"));
        if (!contentIs(kind, content)) {
            throw new UserInputException("attachment.error.mismatch");
        }
        return new InspectedFile(name, kind.mediaType().toString(), size);
    }

    /** The largest file accepted. */
    public DataSize maxSize() {
        return properties.maxSize();
    }

    /** What Tika core makes of the bytes alone; package-private so that tests can show it. */
    MediaType detect(Path content) throws IOException {
        try (TikaInputStream in = TikaInputStream.get(content)) {
            return mimeTypes.detect(in, new Metadata());
        }
    }

    private boolean contentIs(AttachmentKind kind, Path content) throws IOException {
        if (!registry.isInstanceOf(detect(content), kind.family())) {
            return false;
        }
        return switch (kind.container()) {
            case NONE -> true;
            case OLE2 -> ContainerProbe.hasOle2Stream(content, kind.markers());
            case OOXML -> ContainerProbe.isOoxml(content, kind.markers());
            case ODF -> ContainerProbe.isOdf(content, kind.mediaType().toString());
        };
    }

    /**
     * The last path segment, NFC-normalised, without control or format characters: browsers on
     * Windows have sent full paths, and a right-to-left override can make "xcod.exe" read as
     * "exe.docx".
     */
    static String cleanName(String originalName) {
        if (originalName == null) {
            throw new UserInputException("attachment.error.name");
        }
        StringBuilder kept = new StringBuilder();
        Normalizer.normalize(originalName, Normalizer.Form.NFC)
                .codePoints()
                .filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
                .forEach(kept::appendCodePoint);
        String name = kept.toString();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
        // Windows drops trailing dots, so "rapport.pdf." would open as something else than we
        // checked.
        name = name.replaceAll("[.\\s]+$", "");
        if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
            throw new UserInputException("attachment.error.name");
        }
        return name;
    }

    private static Optional<String> extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : Optional.of(name.substring(dot + 1));
    }
}
