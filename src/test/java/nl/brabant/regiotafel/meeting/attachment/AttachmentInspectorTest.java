package nl.brabant.regiotafel.meeting.attachment;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import nl.brabant.regiotafel.base.UserInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.util.unit.DataSize;

class AttachmentInspectorTest {

    private static final String DOCX =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @TempDir Path folder;

    private final AttachmentInspector inspector = inspectorWithMax(DataSize.ofMegabytes(20));

    @Test
    void acceptsEveryAllowedKindAndNamesItsMediaType() throws IOException {
        assertAccepted("agenda.pdf", SampleFiles.pdf(), "application/pdf");
        assertAccepted("kaart.png", SampleFiles.image("png"), "image/png");
        assertAccepted("foto.jpg", SampleFiles.image("jpg"), "image/jpeg");
        assertAccepted("FOTO.JPEG", SampleFiles.image("jpg"), "image/jpeg");
        assertAccepted("logo.gif", SampleFiles.image("gif"), "image/gif");
        assertAccepted("banner.webp", SampleFiles.webp(), "image/webp");
        assertAccepted("verslag.docx", SampleFiles.docx(true), DOCX);
        assertAccepted("verslag.docx", SampleFiles.docx(false), DOCX);
        assertAccepted(
                "cijfers.xlsx",
                SampleFiles.xlsx(),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertAccepted("notitie.odt", SampleFiles.odt(), "application/vnd.oasis.opendocument.text");
        assertAccepted("oud.doc", SampleFiles.ole2("WordDocument", 0), "application/msword");
        assertAccepted("oud.doc", SampleFiles.ole2("WordDocument", 8), "application/msword");
        assertAccepted(
                "begroting.xls", SampleFiles.ole2("Workbook", 8), "application/vnd.ms-excel");
        assertAccepted(
                "presentatie.ppt",
                SampleFiles.ole2("PowerPoint Document", 0),
                "application/vnd.ms-powerpoint");
    }

    /**
     * Documents what tika-core alone makes of the bytes, which is why containers are looked into.
     */
    @Test
    void tikaCoreSeesOnlyTheOutsideOfSomeContainers() throws IOException {
        assertThat(detected(SampleFiles.pdf())).isEqualTo("application/pdf");
        assertThat(detected(SampleFiles.image("png"))).isEqualTo("image/png");
        assertThat(detected(SampleFiles.image("jpg"))).isEqualTo("image/jpeg");
        assertThat(detected(SampleFiles.image("gif"))).isEqualTo("image/gif");
        assertThat(detected(SampleFiles.webp())).isEqualTo("image/webp");
        assertThat(detected(SampleFiles.docx(true))).isEqualTo("application/x-tika-ooxml");
        assertThat(detected(SampleFiles.docx(false))).isEqualTo("application/zip");
        assertThat(detected(SampleFiles.xlsx())).isEqualTo("application/x-tika-ooxml");
        assertThat(detected(SampleFiles.odt()))
                .isEqualTo("application/vnd.oasis.opendocument.text");
        assertThat(detected(SampleFiles.ole2("WordDocument", 0))).isEqualTo("application/msword");
        assertThat(detected(SampleFiles.ole2("WordDocument", 8)))
                .isEqualTo("application/x-tika-msoffice");
        assertThat(detected(SampleFiles.windowsExecutable()))
                .startsWith("application/x-msdownload");
    }

    @Test
    void refusesAnExecutableRenamedToPdf() {
        assertRefused("agenda.pdf", SampleFiles.windowsExecutable(), "attachment.error.mismatch");
        assertRefused("setup.exe", SampleFiles.windowsExecutable(), "attachment.error.type");
    }

    @Test
    void refusesScriptsAndMarkupWhateverTheirName() {
        assertRefused(
                "notulen.pdf",
                "#!/bin/sh\nrm -rf ~\n".getBytes(UTF_8),
                "attachment.error.mismatch");
        assertRefused(
                "bijlage.png",
                "<html><script>alert(1)</script></html>".getBytes(UTF_8),
                "attachment.error.mismatch");
        assertRefused(
                "bijlage.html",
                "<html><script>alert(1)</script></html>".getBytes(UTF_8),
                "attachment.error.type");
        assertRefused(
                "tekening.svg",
                "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(UTF_8),
                "attachment.error.type");
    }

    @ParameterizedTest
    @CsvSource({
        "foto.pdf, png",
        "foto.docx, png",
        "verslag.pdf, docx",
        "verslag.odt, docx",
        "verslag.xlsx, docx",
        "notitie.docx, odt",
        "oud.xls, doc",
        "oud.docx, doc",
        "agenda.png, pdf"
    })
    void refusesContentOfAnotherAllowedKind(String name, String sample) {
        byte[] content =
                switch (sample) {
                    case "png" -> SampleFiles.image("png");
                    case "docx" -> SampleFiles.docx(true);
                    case "odt" -> SampleFiles.odt();
                    case "doc" -> SampleFiles.ole2("WordDocument", 0);
                    default -> SampleFiles.pdf();
                };
        assertRefused(name, content, "attachment.error.mismatch");
    }

    @Test
    void refusesContainersThatOnlyLookThePart() {
        byte[] plainZip = SampleFiles.zip(null, Map.of("word/document.xml", "<x/>"));
        assertRefused("verslag.docx", plainZip, "attachment.error.mismatch");
        byte[] withMacros =
                SampleFiles.zip(
                        null,
                        Map.of(
                                "[Content_Types].xml",
                                "<Types/>",
                                "word/document.xml",
                                "<x/>",
                                "word/vbaProject.bin",
                                "macro"));
        assertRefused("verslag.docx", withMacros, "attachment.error.mismatch");
        assertRefused(
                "verslag.odt",
                SampleFiles.zip(
                        "application/vnd.oasis.opendocument.spreadsheet",
                        Map.of("content.xml", "<x/>")),
                "attachment.error.mismatch");
        // An installer is an OLE2 file too, but without the stream that makes it a Word document.
        assertRefused(
                "oud.doc", SampleFiles.ole2("SummaryInformation", 0), "attachment.error.mismatch");
        assertRefused("kapot.docx", new byte[] {'P', 'K', 3, 4, 0, 0}, "attachment.error.mismatch");
    }

    @Test
    void refusesUnknownOrMissingExtensions() {
        assertRefused("agenda", SampleFiles.pdf(), "attachment.error.type");
        assertRefused("agenda.", SampleFiles.pdf(), "attachment.error.type");
        assertRefused("agenda.txt", SampleFiles.pdf(), "attachment.error.type");
        assertRefused("macro.docm", SampleFiles.docx(true), "attachment.error.type");
    }

    @Test
    void refusesEmptyAndTooLargeFiles() throws IOException {
        assertRefused("leeg.pdf", new byte[0], "attachment.error.empty");
        byte[] pdf = SampleFiles.pdf();
        AttachmentInspector small = inspectorWithMax(DataSize.ofBytes(pdf.length - 1));
        assertThatThrownBy(() -> small.inspect("groot.pdf", write(pdf)))
                .isInstanceOfSatisfying(
                        UserInputException.class,
                        e -> {
                            assertThat(e.messageKey()).isEqualTo("attachment.error.tooLarge");
                            assertThat(e.arguments()).containsExactly(0L);
                        });
        AttachmentInspector exact = inspectorWithMax(DataSize.ofBytes(pdf.length));
        assertThat(exact.inspect("precies.pdf", write(pdf)).size()).isEqualTo(pdf.length);
        assertThatThrownBy(() -> inspector.inspect("groot.pdf", write(new byte[21 * 1024 * 1024])))
                .isInstanceOfSatisfying(
                        UserInputException.class,
                        e -> {
                            assertThat(e.messageKey()).isEqualTo("attachment.error.tooLarge");
                            assertThat(e.arguments()).containsExactly(20L);
                        });
    }

    @Test
    void keepsOnlyTheLastPathSegmentOfTheName() throws IOException {
        assertThat(nameOf("../../etc/passwd.pdf")).isEqualTo("passwd.pdf");
        assertThat(nameOf("C:\\Users\\jan\\Documents\\agenda.pdf")).isEqualTo("agenda.pdf");
        assertThat(nameOf("  notulen\u0000\n 12 mei.pdf. ")).isEqualTo("notulen 12 mei.pdf");
        assertThat(nameOf("Café De Zwaan – ’s-Hertogenbosch, Oisterwijk (ë, ĳ).pdf"))
                .isEqualTo("Café De Zwaan – ’s-Hertogenbosch, Oisterwijk (ë, ĳ).pdf");
        // A right-to-left override would make "agenda\u202Efdp.exe" look like "agendaexe.pdf".
        assertThat(nameOf("verslag\u202E.pdf")).isEqualTo("verslag.pdf");
        assertThat(nameOf("cafe\u0301.pdf")).isEqualTo("café.pdf");
    }

    @Test
    void refusesMissingBlankOrLongNames() {
        String longName = "a".repeat(296) + ".pdf";
        for (String name : new String[] {null, "", "   ", "../../", "C:\\", "..", longName}) {
            assertRefused(name, SampleFiles.pdf(), "attachment.error.name");
        }
        assertThat(AttachmentInspector.cleanName("a".repeat(251) + ".pdf")).hasSize(255);
    }

    @Test
    void propertiesDefaultToTwentyMegabytesUnderTheDataFolder() {
        AttachmentProperties defaults =
                new Binder(new MapConfigurationPropertySource(Map.of()))
                        .bindOrCreate("regiotafel.attachments", AttachmentProperties.class);
        assertThat(defaults.directory().normalize()).isEqualTo(Path.of("data", "attachments"));
        assertThat(defaults.maxSize()).isEqualTo(DataSize.ofMegabytes(20));
        AttachmentProperties set =
                new Binder(
                                new MapConfigurationPropertySource(
                                        Map.of(
                                                "regiotafel.attachments.max-size",
                                                "5MB",
                                                "regiotafel.attachments.directory",
                                                "/srv/bijlagen")))
                        .bindOrCreate("regiotafel.attachments", AttachmentProperties.class);
        assertThat(set.maxSize()).isEqualTo(DataSize.ofMegabytes(5));
        assertThat(set.directory()).isEqualTo(Path.of("/srv/bijlagen"));
    }

    private void assertAccepted(String name, byte[] content, String mediaType) throws IOException {
        InspectedFile file = inspector.inspect(name, write(content));
        assertThat(file.mediaType()).as(name).isEqualTo(mediaType);
        assertThat(file.originalName()).isEqualTo(name);
        assertThat(file.size()).isEqualTo(content.length);
    }

    private void assertRefused(String name, byte[] content, String messageKey) {
        assertThatThrownBy(() -> inspector.inspect(name, write(content)))
                .as(name)
                .isInstanceOfSatisfying(
                        UserInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(messageKey));
    }

    private String nameOf(String originalName) throws IOException {
        return inspector.inspect(originalName, write(SampleFiles.pdf())).originalName();
    }

    private String detected(byte[] content) throws IOException {
        return inspector.detect(write(content)).toString();
    }

    private Path write(byte[] content) throws IOException {
        return Files.write(Files.createTempFile(folder, "upload", ".bin"), content);
    }

    private AttachmentInspector inspectorWithMax(DataSize maxSize) {
        return new AttachmentInspector(new AttachmentProperties(Path.of("unused"), maxSize));
    }
}
