package nl.brabant.regiotafel.meeting.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Keeps attachment content on disk under names it makes up itself. The uploader's file name never
 * becomes part of a path, and a name that is not one of ours is refused before any path is built.
 */
@Component
public class AttachmentFileStore {

    private static final Pattern STORED_NAME =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final String TEMP_PREFIX = ".upload-";

    private final Path directory;

    public AttachmentFileStore(AttachmentProperties properties) {
        this.directory = properties.directory().toAbsolutePath().normalize();
    }

    /**
     * Copies the content into the store and returns its stored name. The bytes go to a temporary
     * file first and are renamed only when complete, so an aborted upload leaves nothing behind.
     */
    public String save(InputStream content) throws IOException {
        Files.createDirectories(directory);
        String storedName = UUID.randomUUID().toString();
        Path temp = Files.createTempFile(directory, TEMP_PREFIX, ".tmp", ownerOnly());
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                content.transferTo(out);
            }
            Files.move(temp, directory.resolve(storedName), StandardCopyOption.ATOMIC_MOVE);
        } catch (Throwable e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
        return storedName;
    }

    /**
     * @throws java.nio.file.NoSuchFileException when nothing is stored under that name
     */
    public InputStream open(String storedName) throws IOException {
        return Files.newInputStream(pathOf(storedName));
    }

    /** Removes the content; does nothing when it is already gone. */
    public void delete(String storedName) throws IOException {
        Files.deleteIfExists(pathOf(storedName));
    }

    private Path pathOf(String storedName) {
        if (storedName == null || !STORED_NAME.matcher(storedName).matches()) {
            throw new IllegalArgumentException("Not a stored attachment name");
        }
        return directory.resolve(storedName);
    }

    /** rw------- where the file system knows POSIX permissions; the platform default elsewhere. */
    private FileAttribute<?>[] ownerOnly() throws IOException {
        if (!Files.getFileStore(directory)
                .supportsFileAttributeView(PosixFileAttributeView.class)) {
            return new FileAttribute<?>[0];
        }
        FileAttribute<?> readWriteByOwner =
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
        return new FileAttribute<?>[] {readWriteByOwner};
    }
}
