package nl.brabant.regiotafel.meeting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.streams.UploadEvent;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * An upload is refused while it streams in: the probe sent 300 MB and all of it was stored before
 * "groter dan 20 MB" appeared. Here a 300 MB body (made up on the fly, never held in memory) meets
 * a 1 MB limit; the handler must stop reading just past the limit and pass nothing on.
 */
class AttachmentUploadHandlerTest {

    private static final long LIMIT = 1024 * 1024;
    private static final long HUGE = 300L * 1024 * 1024;

    private final List<Long> received = new ArrayList<>();
    private final AtomicInteger refusals = new AtomicInteger();
    private final AttachmentUploadHandler handler =
            new AttachmentUploadHandler(
                    LIMIT,
                    (name, file) -> received.add(Files.size(file)),
                    refusals::incrementAndGet);

    @Test
    void aBodyWithoutAnHonestLengthIsCutOffJustPastTheLimit() throws IOException {
        GeneratedBody body = new GeneratedBody(HUGE);
        UploadEvent event = upload(body, -1);
        handler.handleUploadRequest(event);
        assertThat(body.read).as("bytes read of 300 MB").isLessThanOrEqualTo(LIMIT + 64 * 1024);
        assertThat(event.isRejected()).isTrue();
        assertThat(received).as("nothing reaches the service").isEmpty();
        assertThat(refusals).hasValue(1);
        assertThat(leftOverUploads()).as("no temporary file is left").isEmpty();
    }

    @Test
    void aBodyThatAnnouncesMoreThanTheLimitIsNotReadAtAll() throws IOException {
        GeneratedBody body = new GeneratedBody(HUGE);
        UploadEvent event = upload(body, HUGE);
        handler.handleUploadRequest(event);
        assertThat(body.read).isZero();
        assertThat(event.isRejected()).isTrue();
        assertThat(received).isEmpty();
    }

    @Test
    void aFileOfExactlyTheLimitIsPassedOnWhole() throws IOException {
        UploadEvent event = upload(new GeneratedBody(LIMIT), LIMIT);
        handler.handleUploadRequest(event);
        assertThat(event.isRejected()).isFalse();
        assertThat(received).containsExactly(LIMIT);
        assertThat(refusals).hasValue(0);
        assertThat(leftOverUploads()).isEmpty();
    }

    private static UploadEvent upload(GeneratedBody body, long announced) {
        MockHttpServletRequest request =
                new MockHttpServletRequest("POST", "/VAADIN/dynamic/resource/0/x/upload") {
                    @Override
                    public ServletInputStream getInputStream() {
                        return body;
                    }
                };
        return new UploadEvent(
                new VaadinServletRequest(request, null),
                null,
                null,
                "groot.pdf",
                announced,
                "application/pdf",
                null,
                null);
    }

    private static List<Path> leftOverUploads() throws IOException {
        try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().startsWith("regiotafel-upload-"))
                    .filter(p -> p.toFile().lastModified() > System.currentTimeMillis() - 60_000)
                    .toList();
        }
    }

    /** A request body of the given length, counting what was read. */
    private static final class GeneratedBody extends ServletInputStream {
        private final long length;
        long read;

        GeneratedBody(long length) {
            this.length = length;
        }

        @Override
        public int read() {
            if (read >= length) {
                return -1;
            }
            read++;
            return 'x';
        }

        @Override
        public int read(byte[] buffer, int offset, int count) {
            if (read >= length) {
                return -1;
            }
            int n = (int) Math.min(count, length - read);
            read += n;
            return n;
        }

        @Override
        public boolean isFinished() {
            return read >= length;
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
            throw new UnsupportedOperationException();
        }
    }
}
