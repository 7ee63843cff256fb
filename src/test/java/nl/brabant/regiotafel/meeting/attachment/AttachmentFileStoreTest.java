package nl.brabant.regiotafel.meeting.attachment;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

class AttachmentFileStoreTest {

    @TempDir Path root;

    private Path folder() {
        return root.resolve("bijlagen");
    }

    private AttachmentFileStore store() {
        return new AttachmentFileStore(
                new AttachmentProperties(folder(), DataSize.ofMegabytes(20)));
    }

    @Test
    void savesUnderAFreshUuidInsideTheFolderAndReadsItBack() throws IOException {
        AttachmentFileStore store = store();
        byte[] content = "Agenda regiotafel Hart van Brabant".getBytes(UTF_8);

        String storedName = store.save(new ByteArrayInputStream(content));

        assertThat(UUID.fromString(storedName).toString()).isEqualTo(storedName);
        Path stored = folder().resolve(storedName);
        assertThat(stored).exists().hasParent(folder());
        assertThat(stored.toRealPath().startsWith(folder().toRealPath())).isTrue();
        try (InputStream in = store.open(storedName)) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
        try (var files = Files.list(folder())) {
            assertThat(files).containsExactly(stored);
        }
    }

    @Test
    void twoSavesGetDifferentNames() throws IOException {
        AttachmentFileStore store = store();
        String first = store.save(new ByteArrayInputStream(new byte[] {1}));
        String second = store.save(new ByteArrayInputStream(new byte[] {1}));
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void storedFilesAreReadableByTheOwnerOnly() throws IOException {
        Files.createDirectories(folder());
        assumeThat(
                        Files.getFileStore(folder())
                                .supportsFileAttributeView(PosixFileAttributeView.class))
                .isTrue();
        String storedName = store().save(new ByteArrayInputStream(new byte[] {1}));
        assertThat(
                        PosixFilePermissions.toString(
                                Files.getPosixFilePermissions(folder().resolve(storedName))))
                .isEqualTo("rw-------");
    }

    @Test
    void refusesNamesItDidNotMake() throws IOException {
        AttachmentFileStore store = store();
        Files.createDirectories(folder());
        Files.writeString(root.resolve("x"), "outside");
        for (String name :
                new String[] {
                    "../x",
                    "abc",
                    "",
                    null,
                    UUID.randomUUID() + "/../../x",
                    UUID.randomUUID().toString().toUpperCase(),
                    "1-1-1-1-1"
                }) {
            assertThatThrownBy(() -> store.open(name))
                    .as(name)
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> store.delete(name))
                    .as(name)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(root.resolve("x")).exists();
    }

    @Test
    void deleteRemovesTheFileAndMayBeRepeated() throws IOException {
        AttachmentFileStore store = store();
        String storedName = store.save(new ByteArrayInputStream(new byte[] {1, 2, 3}));

        store.delete(storedName);
        store.delete(storedName);

        assertThat(folder().resolve(storedName)).doesNotExist();
        assertThatThrownBy(() -> store.open(storedName)).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void anUploadThatBreaksOffLeavesNothingBehind() throws IOException {
        InputStream broken =
                new InputStream() {
                    // Both read methods throw: InputStream's own read(byte[]) would swallow a later
                    // failure.
                    @Override
                    public int read() throws IOException {
                        throw new IOException("connection reset");
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        throw new IOException("connection reset");
                    }
                };
        InputStream breaksHalfway =
                new SequenceInputStream(new ByteArrayInputStream(new byte[100_000]), broken);

        assertThatThrownBy(() -> store().save(breaksHalfway))
                .isInstanceOf(IOException.class)
                .hasMessage("connection reset");

        try (var files = Files.list(folder())) {
            assertThat(files).isEmpty();
        }
    }
}
