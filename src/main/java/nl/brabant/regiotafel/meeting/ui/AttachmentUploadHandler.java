package nl.brabant.regiotafel.meeting.ui;

import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Receives one attachment into a temporary file and refuses it while it streams in: a body that
 * announces more than the limit is not read at all, and one that passes the limit while it arrives
 * is cut off there (the server then stops reading and closes the connection), so no file larger
 * than the limit is ever written. The full checks on the content follow in the service.
 */
final class AttachmentUploadHandler implements UploadHandler {

    /** Gets the complete file; it is deleted afterwards. */
    interface Receiver extends Serializable {
        void received(String fileName, Path file) throws IOException;
    }

    private final long maxBytes;
    private final Receiver receiver;
    private final Runnable tooLarge;

    AttachmentUploadHandler(long maxBytes, Receiver receiver, Runnable tooLarge) {
        this.maxBytes = maxBytes;
        this.receiver = receiver;
        this.tooLarge = tooLarge;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        if (event.getFileSize() > maxBytes) {
            refuse(event);
            return;
        }
        Path file = Files.createTempFile("regiotafel-upload-", ".tmp");
        try {
            boolean complete;
            try (OutputStream out = Files.newOutputStream(file)) {
                complete = copyAtMost(event.getInputStream(), out, maxBytes);
            }
            if (!complete) {
                refuse(event);
                return;
            }
            receiver.received(event.getFileName(), file);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private void refuse(UploadEvent event) {
        event.reject("too large");
        tooLarge.run();
    }

    /** Copies until the end or until more than {@code max} bytes came; false in the second case. */
    static boolean copyAtMost(InputStream in, OutputStream out, long max) throws IOException {
        byte[] buffer = new byte[16 * 1024];
        long total = 0;
        int read;
        while ((read = in.read(buffer)) != -1) {
            total += read;
            if (total > max) {
                return false;
            }
            out.write(buffer, 0, read);
        }
        return true;
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    @Override
    public long getFileCountMax() {
        return 1;
    }
}
