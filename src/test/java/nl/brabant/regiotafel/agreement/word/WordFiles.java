package nl.brabant.regiotafel.agreement.word;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/** Real Word files for the tests, written with POI the way Word writes them. */
public final class WordFiles {

    private WordFiles() {}

    /** A document with Word's built-in heading and title styles. */
    public static XWPFDocument document() {
        XWPFDocument document = new XWPFDocument();
        var styles = document.createStyles();
        styles.addStyle(style("Title", "Title"));
        for (int level = 1; level <= 4; level++) {
            styles.addStyle(style("Heading" + level, "heading " + level));
        }
        // A Dutch Word names its styles in Dutch.
        styles.addStyle(style("Kop1", "Kop 1"));
        return document;
    }

    private static XWPFStyle style(String id, String name) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        return new XWPFStyle(style);
    }

    public static XWPFParagraph styled(XWPFDocument document, String style, String text) {
        XWPFParagraph p = document.createParagraph();
        p.setStyle(style);
        p.createRun().setText(text);
        return p;
    }

    public static XWPFParagraph text(XWPFDocument document, String text) {
        XWPFParagraph p = document.createParagraph();
        p.createRun().setText(text);
        return p;
    }

    public static XWPFRun run(XWPFParagraph p, String text, boolean bold, boolean italic) {
        XWPFRun run = p.createRun();
        run.setText(text);
        run.setBold(bold);
        run.setItalic(italic);
        return run;
    }

    /** A list paragraph as Word writes it: numbering id and level on the paragraph. */
    public static XWPFParagraph item(
            XWPFDocument document, BigInteger numId, int level, String text) {
        XWPFParagraph p = text(document, text);
        p.setNumID(numId);
        p.setNumILvl(BigInteger.valueOf(level));
        return p;
    }

    /** Numbering definitions: bullets, or numbered when {@code ordered}. */
    public static BigInteger numbering(XWPFDocument document, boolean ordered) {
        DocxLists lists = new DocxLists(document);
        return ordered ? lists.newNumbered() : lists.bullets();
    }

    public static void picture(XWPFParagraph p) throws Exception {
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        p.createRun()
                .addPicture(
                        new ByteArrayInputStream(png.toByteArray()),
                        Document.PICTURE_TYPE_PNG,
                        "logo.png",
                        Units.toEMU(4),
                        Units.toEMU(4));
    }

    public static byte[] bytes(XWPFDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.write(out);
        document.close();
        return out.toByteArray();
    }

    /** The document as Word saves it with "Encrypt with password". */
    public static byte[] encrypted(byte[] docx) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("geheim");
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(docx);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    /** The same zip with one more entry. */
    public static byte[] withEntry(byte[] docx, String name, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(in.readAllBytes());
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    /** The same zip with a text replaced in one entry. */
    public static byte[] replaced(byte[] docx, String name, String from, String to)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals(name)) {
                    content =
                            new String(content, StandardCharsets.UTF_8)
                                    .replace(from, to)
                                    .getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(content);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /**
     * A .docx whose document part unpacks from a few hundred kilobytes to {@code megabytes} of
     * spaces inside a valid XML text.
     */
    public static byte[] zipBomb(int megabytes) throws IOException {
        byte[] docx = bytes(document());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                byte[] content = in.readAllBytes();
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("word/document.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int cut = xml.indexOf("<w:body>") + "<w:body>".length();
                    zip.write(xml.substring(0, cut).getBytes(StandardCharsets.UTF_8));
                    zip.write(
                            "<w:p><w:r><w:t xml:space=\"preserve\">"
                                    .getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = new byte[1024 * 1024];
                    Arrays.fill(spaces, (byte) 32);
                    for (int i = 0; i < megabytes; i++) {
                        zip.write(spaces);
                    }
                    zip.write("</w:t></w:r></w:p>".getBytes(StandardCharsets.UTF_8));
                    zip.write(xml.substring(cut).getBytes(StandardCharsets.UTF_8));
                } else {
                    zip.write(content);
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
