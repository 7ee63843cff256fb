package nl.brabant.regiotafel.meeting.attachment;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/** Builds small but real files of each kind, so that no binary fixtures live in git. */
final class SampleFiles {

    private static final String DOCUMENT = "<w:document xmlns:w=\"urn:x\"><w:body/></w:document>";

    private SampleFiles() {}

    static byte[] pdf() {
        String pdf =
                """
                %PDF-1.4
                1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
                2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
                3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj
                trailer << /Root 1 0 R >>
                %%EOF
                """;
        return pdf.getBytes(US_ASCII);
    }

    static byte[] image(String format) {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, Color.ORANGE.getRGB());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("No ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * A RIFF/WEBP header with a VP8L chunk; ImageIO writes no WebP, and the magic is what counts.
     */
    static byte[] webp() {
        ByteBuffer buffer = ByteBuffer.allocate(30).order(ByteOrder.LITTLE_ENDIAN);
        buffer.put("RIFF".getBytes(US_ASCII))
                .putInt(22)
                .put("WEBPVP8L".getBytes(US_ASCII))
                .putInt(10);
        buffer.put((byte) 0x2f);
        return buffer.array();
    }

    /** Tika core's magic only sees an OOXML package when its first entry is a package part. */
    static byte[] docx(boolean packagePartsFirst) {
        Map<String, String> entries = new LinkedHashMap<>();
        if (!packagePartsFirst) {
            entries.put("word/document.xml", DOCUMENT);
        }
        entries.put("[Content_Types].xml", contentTypes("word/document.xml"));
        entries.put("_rels/.rels", "<Relationships/>");
        if (packagePartsFirst) {
            entries.put("word/document.xml", DOCUMENT);
        }
        return zip(null, entries);
    }

    static byte[] xlsx() {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("[Content_Types].xml", contentTypes("xl/workbook.xml"));
        entries.put("_rels/.rels", "<Relationships/>");
        entries.put("xl/workbook.xml", "<workbook/>");
        return zip(null, entries);
    }

    static byte[] odt() {
        return zip(
                "application/vnd.oasis.opendocument.text",
                Map.of("content.xml", "<office:document-content xmlns:office=\"urn:x\"/>"));
    }

    /** ODF asks for an uncompressed {@code mimetype} as the very first entry. */
    static byte[] zip(String odfMimetype, Map<String, String> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            if (odfMimetype != null) {
                byte[] data = odfMimetype.getBytes(US_ASCII);
                ZipEntry entry = new ZipEntry("mimetype");
                entry.setMethod(ZipEntry.STORED);
                entry.setSize(data.length);
                CRC32 crc = new CRC32();
                crc.update(data);
                entry.setCrc(crc.getValue());
                zip.putNextEntry(entry);
                zip.write(data);
                zip.closeEntry();
            }
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String contentTypes(String mainPart) {
        return "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Override PartName=\"/"
                + mainPart
                + "\" ContentType=\"application/xml\"/></Types>";
    }

    /**
     * An OLE2 compound file: header, one FAT sector, then directory sectors. The stream entry lands
     * in directory sector {@code directorySector}; only in the first one does Tika core's magic see
     * it.
     */
    static byte[] ole2(String streamName, int directorySector) {
        int sectors = 1 + directorySector + 1;
        ByteBuffer file = ByteBuffer.allocate(512 * (1 + sectors)).order(ByteOrder.LITTLE_ENDIAN);
        file.putLong(0, 0xE11AB1A1E011CFD0L)
                .putShort(0x1A, (short) 3)
                .putShort(0x1C, (short) 0xFFFE)
                .putShort(0x1E, (short) 9)
                .putShort(0x20, (short) 6)
                .putInt(0x2C, 1)
                .putInt(0x30, 1);
        directoryEntry(file, 512 * 2, "Root Entry", 5);
        directoryEntry(file, 512 * (2 + directorySector) + 128, streamName, 2);
        return file.array();
    }

    private static void directoryEntry(ByteBuffer file, int offset, String name, int type) {
        byte[] encoded = name.getBytes(UTF_16LE);
        file.put(offset, encoded)
                .putShort(offset + 64, (short) (encoded.length + 2))
                .put(offset + 66, (byte) type);
    }

    /** A DOS stub that points at a PE header, as every Windows executable starts. */
    static byte[] windowsExecutable() {
        ByteBuffer exe = ByteBuffer.allocate(1024).order(ByteOrder.LITTLE_ENDIAN);
        exe.put(0, "MZ".getBytes(US_ASCII))
                .putInt(0x3c, 0x80)
                .put(0x80, "PE\0\0".getBytes(US_ASCII));
        exe.putShort(0x84, (short) 0x14c);
        return exe.array();
    }
}
