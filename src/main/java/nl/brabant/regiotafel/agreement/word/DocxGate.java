package nl.brabant.regiotafel.agreement.word;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import nl.brabant.regiotafel.base.UserInputException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Opens an uploaded Word file only when it is safe to: within the size limit, a real .docx (not an
 * old .doc, not encrypted, no macros) and no zip bomb. The zip is measured before POI unpacks it,
 * and POI's own zip-bomb guards are set explicitly as a second layer.
 */
final class DocxGate {

    static final int MAX_BYTES = 10 * 1024 * 1024;

    /** All parts together, unpacked; a real 10,000-paragraph agreement is a few megabytes. */
    static final long MAX_UNPACKED = 100L * 1024 * 1024;

    static final int MAX_ENTRIES = 1_000;

    static {
        // A part that unpacks to more than 100 times its packed size is a bomb, not a document.
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(MAX_UNPACKED);
        ZipSecureFile.setMaxFileCount(MAX_ENTRIES);
    }

    private DocxGate() {}

    static XWPFDocument open(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new UserInputException("word.error.corrupt");
        }
        if (bytes.length > MAX_BYTES) {
            throw new UserInputException("word.error.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        FileMagic magic = magic(bytes);
        if (magic == FileMagic.OLE2) {
            throw new UserInputException(
                    encrypted(bytes) ? "word.error.encrypted" : "word.error.oldWord");
        }
        if (magic != FileMagic.OOXML) {
            throw new UserInputException("word.error.notDocx");
        }
        inspectZip(bytes);
        try {
            XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes));
            if (document.getPackage().getPartsByContentType(VBA_CONTENT_TYPE).size() > 0) {
                throw new UserInputException("word.error.macros");
            }
            return document;
        } catch (UserInputException refused) {
            throw refused;
        } catch (IOException | RuntimeException broken) {
            throw new UserInputException(
                    isZipBomb(broken) ? "word.error.zipBomb" : "word.error.corrupt");
        }
    }

    private static final String VBA_CONTENT_TYPE = "application/vnd.ms-office.vbaProject";

    private static FileMagic magic(byte[] bytes) {
        try (InputStream in = FileMagic.prepareToCheckMagic(new ByteArrayInputStream(bytes))) {
            return FileMagic.valueOf(in);
        } catch (IOException e) {
            return FileMagic.UNKNOWN;
        }
    }

    /** Word writes an encrypted .docx as an OLE2 container holding EncryptionInfo. */
    private static boolean encrypted(byte[] bytes) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            return fs.getRoot().hasEntry("EncryptionInfo");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Walks the zip once, counting what it unpacks to, and looks for macros: a vbaProject part or a
     * macro-enabled content type (.docm, .dotm).
     */
    private static void inspectZip(byte[] bytes) {
        long unpacked = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    throw new UserInputException("word.error.zipBomb");
                }
                String name = entry.getName().toLowerCase(Locale.ROOT);
                if (name.endsWith("vbaproject.bin") || name.endsWith("vbadata.xml")) {
                    throw new UserInputException("word.error.macros");
                }
                boolean types = name.equals("[content_types].xml");
                StringBuilder typesText = new StringBuilder();
                int read;
                while ((read = zip.read(buffer)) > 0) {
                    unpacked += read;
                    if (unpacked > MAX_UNPACKED) {
                        throw new UserInputException("word.error.zipBomb");
                    }
                    if (types && typesText.length() < 1_000_000) {
                        typesText.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
                    }
                }
                if (types
                        && typesText.toString().toLowerCase(Locale.ROOT).contains("macroenabled")) {
                    throw new UserInputException("word.error.macros");
                }
            }
        } catch (IOException | IllegalArgumentException broken) {
            throw new UserInputException("word.error.corrupt");
        }
        if (entries == 0) {
            throw new UserInputException("word.error.corrupt");
        }
    }

    private static boolean isZipBomb(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null
                    && (message.contains("Zip bomb") || message.contains("ZipSecureFile"))) {
                return true;
            }
        }
        return false;
    }
}
