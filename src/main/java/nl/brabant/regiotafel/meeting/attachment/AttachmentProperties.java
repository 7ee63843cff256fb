package nl.brabant.regiotafel.meeting.attachment;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the attachment store.
 *
 * @param directory where the files live; must lie outside anything the web server serves
 * @param maxSize largest file accepted
 */
@ConfigurationProperties("regiotafel.attachments")
public record AttachmentProperties(
        @DefaultValue("./data/attachments") Path directory,
        @DefaultValue("20MB") DataSize maxSize) {}
