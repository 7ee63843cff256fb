package nl.brabant.regiotafel.meeting;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import nl.brabant.regiotafel.IntegrationTest;
import nl.brabant.regiotafel.base.UserInputException;
import nl.brabant.regiotafel.meeting.attachment.AttachmentProperties;
import nl.brabant.regiotafel.testsupport.HostileInput;
import nl.brabant.regiotafel.testsupport.MeetingFixture;
import nl.brabant.regiotafel.testsupport.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Disguised and hostile uploads: programs, HTML and SVG with scripts under a document's name, a zip
 * bomb, an oversized file, names with path parts, control and right-to-left characters. Each is
 * refused with a clear message and leaves no row and no file, or is stored under a clean name and
 * reads back byte for byte.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileAttachmentTest {

    private static final byte[] PDF =
            """
            %PDF-1.4
            1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
            2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj
            trailer << /Root 1 0 R >>
            %%EOF
            """
                    .getBytes(US_ASCII);

    @Autowired MeetingService meetings;
    @Autowired AgendaService agendas;
    @Autowired AttachmentService attachments;
    @Autowired MinutesService minutes;
    @Autowired ActionItemService actionItems;
    @Autowired AttachmentProperties attachmentSettings;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;

    @TempDir Path uploads;
    long item;

    @BeforeAll
    void item() {
        item =
                new MeetingFixture(meetings, agendas, minutes, actionItems, users, jdbc)
                        .plannedWithProposal("HVB", "coordinator")[1];
    }

    @BeforeEach
    void signIn() {
        SignIn.as(users, "coordinator");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                refusal(
                        "program named .pdf",
                        "rapport.pdf",
                        HostileAttachmentTest::program,
                        "attachment.error.mismatch"),
                refusal(
                        "HTML with script named .pdf",
                        "rapport.pdf",
                        () ->
                                "<html><body><script>alert(document.cookie)</script></body></html>"
                                        .getBytes(UTF_8),
                        "attachment.error.mismatch"),
                refusal(
                        "PDF-looking HTML named .pdf",
                        "rapport.pdf",
                        () ->
                                "<!DOCTYPE html><!-- %PDF-1.4 --><script>alert(1)</script>"
                                        .getBytes(UTF_8),
                        "attachment.error.mismatch"),
                refusal(
                        "SVG with script named .png",
                        "logo.png",
                        HostileAttachmentTest::svg,
                        "attachment.error.mismatch"),
                refusal(
                        "SVG with script",
                        "logo.svg",
                        HostileAttachmentTest::svg,
                        "attachment.error.type"),
                refusal(
                        "HTML page",
                        "pagina.html",
                        () -> "<script>alert(1)</script>".getBytes(UTF_8),
                        "attachment.error.type"),
                refusal(
                        "program",
                        "setup.exe",
                        HostileAttachmentTest::program,
                        "attachment.error.type"),
                refusal(
                        "right-to-left override hiding .exe",
                        "foto\u202Egnp.exe",
                        HostileAttachmentTest::program,
                        "attachment.error.type"),
                refusal(
                        "NUL before the real extension",
                        "rapport.pdf\u0000.exe",
                        () -> PDF,
                        "attachment.error.type"),
                refusal("double extension", "rapport.pdf.exe", () -> PDF, "attachment.error.type"),
                refusal("passwd by path", "../../etc/passwd", () -> PDF, "attachment.error.type"),
                refusal(
                        "zip bomb named .docx",
                        "verslag.docx",
                        () -> zipBomb(false),
                        "attachment.error.mismatch"),
                refusal(
                        "macro package named .docx",
                        "verslag.docx",
                        HostileAttachmentTest::macroDocx,
                        "attachment.error.mismatch"),
                refusal("empty", "leeg.pdf", () -> new byte[0], "attachment.error.empty"),
                refusal(
                        "name too long",
                        "x".repeat(300) + ".pdf",
                        () -> PDF,
                        "attachment.error.name"),
                refusal("only a path", "../../", () -> PDF, "attachment.error.name"),
                refusal("no name", null, () -> PDF, "attachment.error.name"),
                refusal(
                        "only invisible characters",
                        "\u202E\u200B\u0000",
                        () -> PDF,
                        "attachment.error.name"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void refusedClearlyLeavingNoRowAndNoFile(
            String what, String name, Supplier<byte[]> content, String key) throws IOException {
        assertRefused(name, write(content.get()), key);
    }

    @Test
    void anOversizedFileIsRefusedBeforeItIsRead() throws IOException {
        Path huge = uploads.resolve("groot.pdf");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.write(PDF);
            file.setLength(attachmentSettings.maxSize().toBytes() + 1);
        }
        assertRefused("groot.pdf", huge, "attachment.error.tooLarge");
    }

    static Stream<Arguments> stored() {
        return Stream.of(
                Arguments.of("../../etc/passwd.pdf", "passwd.pdf", PDF),
                Arguments.of("..\\..\\Windows\\System32\\rapport.pdf", "rapport.pdf", PDF),
                Arguments.of("C:\\fakepath\\notitie.pdf", "notitie.pdf", PDF),
                Arguments.of("rapport.pdf. . ", "rapport.pdf", PDF),
                Arguments.of("𝕏 😀 𠜎 verslag.pdf", "𝕏 😀 𠜎 verslag.pdf", PDF),
                Arguments.of("<script>alert(1)<\\script>.pdf", "script>.pdf", PDF),
                Arguments.of(
                        "'; DROP TABLE attachment; --.pdf",
                        "'; DROP TABLE attachment; --.pdf",
                        PDF),
                Arguments.of("foto\u202Egnp.png", "fotognp.png", png()),
                Arguments.of("Cafe\u0301 de\tla\u0007 Paix.pdf", "Café dela Paix.pdf", PDF),
                // Not inflated when checked, so it costs nothing; stored as the document it claims
                // to be.
                Arguments.of("groot verslag.docx", "groot verslag.docx", zipBomb(true)));
    }

    @ParameterizedTest(name = "{0} is stored as {1}")
    @MethodSource("stored")
    void storedUnderACleanNameAndReadBackByteForByte(
            String name, String expectedName, byte[] content) throws IOException {
        long filesBefore = files();
        AttachmentRow row = attachments.add(item, name, write(content));
        assertThat(row.name()).isEqualTo(expectedName);
        assertThat(
                        jdbc.queryForObject(
                                "SELECT original_name FROM attachment WHERE id = ?",
                                String.class,
                                row.id()))
                .isEqualTo(expectedName);
        String storedName =
                jdbc.queryForObject(
                        "SELECT stored_name FROM attachment WHERE id = ?", String.class, row.id());
        assertThat(storedName).matches("[0-9a-f-]{36}");
        assertThat(files()).isEqualTo(filesBefore + 1);
        assertThat(attachmentSettings.directory().resolve(storedName)).exists();
        AttachmentContent back = attachments.open(row.id());
        try (InputStream in = back.stream()) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
        assertThat(back.name()).isEqualTo(expectedName);
    }

    private void assertRefused(String name, Path upload, String key) throws IOException {
        long rows = jdbc.queryForObject("SELECT COUNT(*) FROM attachment", Long.class);
        long files = files();
        long started = System.nanoTime();
        assertThatThrownBy(() -> attachments.add(item, name, upload))
                .isInstanceOfSatisfying(
                        UserInputException.class,
                        e -> {
                            assertThat(e.messageKey()).isEqualTo(key);
                            assertThat(HostileInput.translated(e)).isTrue();
                        });
        assertThat(System.nanoTime() - started)
                .as("checked without unpacking or reading it all")
                .isLessThan(5_000_000_000L);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM attachment", Long.class))
                .isEqualTo(rows);
        assertThat(files()).isEqualTo(files);
    }

    private long files() throws IOException {
        Path directory = attachmentSettings.directory();
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        try (Stream<Path> all = Files.walk(directory)) {
            return all.filter(Files::isRegularFile).count();
        }
    }

    private Path write(byte[] content) throws IOException {
        return Files.write(Files.createTempFile(uploads, "upload", ".bin"), content);
    }

    private static Arguments refusal(
            String what, String name, Supplier<byte[]> content, String key) {
        return Arguments.of(what, name, content, key);
    }

    /** The start of a Windows program: "MZ", and a PE header where the DOS header points. */
    private static byte[] program() {
        byte[] bytes = new byte[1024];
        bytes[0] = 'M';
        bytes[1] = 'Z';
        bytes[0x3c] = (byte) 0x80;
        bytes[0x80] = 'P';
        bytes[0x81] = 'E';
        return bytes;
    }

    private static byte[] svg() {
        return ("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\">"
                        + "<script>alert(document.domain)</script></svg>")
                .getBytes(UTF_8);
    }

    private static byte[] png() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** 64 MB of zeros in about 64 KB; with the parts of a Word document or without. */
    private static byte[] zipBomb(boolean lookLikeWord) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            if (lookLikeWord) {
                zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
                zip.write("<Types/>".getBytes(UTF_8));
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry(lookLikeWord ? "word/document.xml" : "bomb.bin"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A macro-enabled Word package (.docm) renamed to .docx. */
    private static byte[] macroDocx() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String entry :
                    new String[] {
                        "[Content_Types].xml", "word/document.xml", "word/vbaProject.bin"
                    }) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write("<x/>".getBytes(UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
