package nl.brabant.regiotafel.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.brabant.regiotafel.IntegrationTest;
import nl.brabant.regiotafel.base.NotFoundException;
import nl.brabant.regiotafel.base.UserInputException;
import nl.brabant.regiotafel.meeting.attachment.AttachmentProperties;
import nl.brabant.regiotafel.testsupport.MeetingFixture;
import nl.brabant.regiotafel.testsupport.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Attachments of agenda items on MariaDB: who may add, download and remove them. */
@IntegrationTest
class AttachmentServiceTest {

    @Autowired MeetingService meetings;
    @Autowired AgendaService agendas;
    @Autowired AttachmentService attachments;
    @Autowired MinutesService minutes;
    @Autowired ActionItemService actionItems;
    @Autowired AttachmentProperties attachmentSettings;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;

    @TempDir Path uploads;
    MeetingFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new MeetingFixture(meetings, agendas, minutes, actionItems, users, jdbc);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aProposerAttachesAPdfMembersDownloadItOthersCannotAndADisguisedProgramIsRefused()
            throws Exception {
        long[] planned = fixture.plannedWithProposal("HVB", "coordinator");
        SignIn.as(users, "uitzendbureau.hvb");
        long mine = agendas.propose(planned[0], MeetingFixture.item("Met bijlage", 10));
        Path pdf = write("notitie.pdf", "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
        AttachmentRow row = attachments.add(mine, "../../Notitie huisvesting é.pdf", pdf);
        assertThat(row.name()).isEqualTo("Notitie huisvesting é.pdf");
        assertThat(row.mediaType()).isEqualTo("application/pdf");
        String stored =
                jdbc.queryForObject(
                        "SELECT stored_name FROM attachment WHERE id = ?", String.class, row.id());
        assertThat(stored).matches("[0-9a-f-]{36}").doesNotContain("Notitie");

        Path program = uploads.resolve("agenda.pdf");
        Files.write(program, exeBytes());
        int before = jdbc.queryForObject("SELECT COUNT(*) FROM attachment", Integer.class);
        assertThatThrownBy(() -> attachments.add(mine, "agenda.pdf", program))
                .isInstanceOfSatisfying(
                        UserInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("attachment.error.mismatch"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM attachment", Integer.class))
                .isEqualTo(before);

        // Someone else's item: an agency may not attach to it.
        assertThatThrownBy(() -> attachments.add(planned[1], "x.pdf", pdf))
                .isInstanceOf(AccessDeniedException.class);

        SignIn.as(users, "woningcorporatie.hvb");
        AttachmentContent content = attachments.open(row.id());
        try (InputStream in = content.stream()) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1))
                    .startsWith("%PDF-1.4");
        }
        SignIn.as(users, "woningcorporatie.bre");
        assertThatThrownBy(() -> attachments.open(row.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theAgendaListsAnAttachmentUntilWhoMayRemovesItAndThenItsFileIsGone() throws Exception {
        long[] planned = fixture.plannedWithProposal("HVB", "coordinator");
        SignIn.as(users, "coordinator");
        AttachmentRow row =
                attachments.add(
                        planned[1],
                        "notitie.pdf",
                        write("notitie.pdf", "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"));
        String stored =
                jdbc.queryForObject(
                        "SELECT stored_name FROM attachment WHERE id = ?", String.class, row.id());
        assertThat(attachmentSettings.directory().resolve(stored)).exists();
        assertThat(itemOf(planned).attachments()).containsExactly(row);

        // The agency did not propose this item and does not manage the agenda.
        SignIn.as(users, "uitzendbureau.hvb");
        assertThat(attachments.mayAttach(planned[1])).isFalse();
        assertThatThrownBy(() -> attachments.remove(row.id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(itemOf(planned).attachments()).containsExactly(row);

        SignIn.as(users, "ambtenaar.hvb");
        assertThat(attachments.mayAttach(planned[1])).isTrue();
        attachments.remove(row.id());
        assertThat(itemOf(planned).attachments()).isEmpty();
        assertThat(attachmentSettings.directory().resolve(stored)).doesNotExist();
        assertThatThrownBy(() -> attachments.open(row.id())).isInstanceOf(NotFoundException.class);
    }

    private AgendaItemRow itemOf(long[] planned) {
        return agendas.agenda(planned[0]).items().stream()
                .filter(i -> i.id() == planned[1])
                .findFirst()
                .orElseThrow();
    }

    private Path write(String name, String content) throws Exception {
        Path file = uploads.resolve(name);
        Files.writeString(file, content, StandardCharsets.ISO_8859_1);
        return file;
    }

    private static byte[] exeBytes() {
        byte[] bytes = new byte[512];
        bytes[0] = 'M';
        bytes[1] = 'Z';
        bytes[0x3c] = (byte) 0x80;
        bytes[0x80] = 'P';
        bytes[0x81] = 'E';
        return bytes;
    }
}
