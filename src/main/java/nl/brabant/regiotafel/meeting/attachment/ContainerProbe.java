package nl.brabant.regiotafel.meeting.attachment;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static java.nio.charset.StandardCharsets.UTF_16LE;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Looks inside the containers that Tika core only recognises from the outside (zip, OLE2). Reads
 * names and one tiny entry only, never inflates document parts, so a zip bomb costs nothing.
 */
final class ContainerProbe {

    private static final int OLE2_HEADER = 512;
    private static final int OLE2_DIRECTORY_ENTRY = 128;
    private static final int OLE2_STREAM = 2;
    private static final int MAX_MIMETYPE = 100;

    private ContainerProbe() {}

    /**
     * An OOXML package holds {@code [Content_Types].xml} and parts under the folder of its
     * application.
     */
    static boolean isOoxml(Path file, Collection<String> folders) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry("[Content_Types].xml") == null) {
                return false;
            }
            // Macro-enabled packages (.docm etc.) renamed to .docx carry a VBA project; we accept
            // no macros.
            if (zip.stream().anyMatch(entry -> entry.getName().endsWith("vbaProject.bin"))) {
                return false;
            }
            return zip.stream()
                    .anyMatch(entry -> folders.stream().anyMatch(entry.getName()::startsWith));
        } catch (ZipException | IllegalArgumentException notAZip) {
            // IllegalArgumentException: ZipFile's verdict on entry names it cannot decode.
            return false;
        }
    }

    /** ODF names its own type in a {@code mimetype} entry. */
    static boolean isOdf(Path file, String mediaType) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry("mimetype");
            if (entry == null) {
                return false;
            }
            try (InputStream in = zip.getInputStream(entry)) {
                return new String(in.readNBytes(MAX_MIMETYPE), US_ASCII).strip().equals(mediaType);
            }
        } catch (ZipException | IllegalArgumentException notAZip) {
            return false;
        }
    }

    /**
     * Whether an OLE2 file has a stream with one of the given names. Rather than follow the FAT
     * chains, this reads every 128-byte slot after the header as a possible directory entry:
     * directory sectors always sit on such slots, and this is enough to tell a Word file from an
     * installer or an Excel file.
     */
    static boolean hasOle2Stream(Path file, Collection<String> names) throws IOException {
        byte[] slot = new byte[OLE2_DIRECTORY_ENTRY];
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024)) {
            if (in.readNBytes(OLE2_HEADER).length != OLE2_HEADER) {
                return false;
            }
            while (in.readNBytes(slot, 0, slot.length) == slot.length) {
                int nameBytes = (slot[64] & 0xff) | (slot[65] & 0xff) << 8;
                if (slot[66] == OLE2_STREAM
                        && nameBytes >= 4
                        && nameBytes <= 64
                        && nameBytes % 2 == 0
                        && names.contains(new String(slot, 0, nameBytes - 2, UTF_16LE))) {
                    return true;
                }
            }
        }
        return false;
    }
}
