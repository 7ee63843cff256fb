package nl.brabant.regiotafel.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.brabant.regiotafel.IntegrationTest;
import nl.brabant.regiotafel.base.UserInputException;
import nl.brabant.regiotafel.meeting.AgendaService;
import nl.brabant.regiotafel.meeting.ConfidentialityService;
import nl.brabant.regiotafel.meeting.MeetingService;
import nl.brabant.regiotafel.meeting.MinutesService;
import nl.brabant.regiotafel.testsupport.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Woo publication on MariaDB: what the public site shows is the public version and nothing
 * unpublished, confidential or withdrawn; a flag set after publication withdraws at once.
 */
@IntegrationTest
class PublicationTest {

    @Autowired PublicationService publications;
    @Autowired PublicSite site;
    @Autowired ConfidentialityService confidentiality;
    @Autowired MeetingService meetings;
    @Autowired AgendaService agendas;
    @Autowired MinutesService minutes;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;

    private WooMeetings fixture;
    private String alderman;

    @BeforeEach
    void setUp() {
        fixture = new WooMeetings(meetings, agendas, minutes, users, jdbc);
        alderman =
                jdbc.queryForObject(
                        "SELECT name FROM organisation WHERE type = 'MUNICIPALITY' ORDER BY id"
                                + " LIMIT 1",
                        String.class);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void publishedAgendaIsThePublicVersionWithoutConfidentialItemsOrOtherPeoplesNames()
            throws Exception {
        var built =
                fixture.publishedAgenda(
                        "HVB",
                        false,
                        new String[] {"Huisvesting arbeidsmigranten", "Anna Wethouder", alderman},
                        new String[] {"Geheim dossier Zuid", "Piet Geheim", alderman},
                        new String[] {"Registratie RNI", "Karel Uitzender", "Flexbureau BV"});
        SignIn.as(users, "ambtenaar.hvb");
        confidentiality.markItem(built.itemIds().get(1), true);
        PublicationRow row = publications.publishAgenda(built.meetingId());

        SignIn.out();
        String publicId = publicId(row);
        PublicSite.PublicPage page = site.page(publicId).orElseThrow();
        assertThat(page.lines())
                .extracting(PublicSite.Line::text)
                .containsExactly("Huisvesting arbeidsmigranten", "Registratie RNI");
        String pdf = text(site.document(publicId, page.item().fileName()).orElseThrow().content());
        assertThat(pdf)
                .contains("Huisvesting arbeidsmigranten", "Anna Wethouder", "Flexbureau BV")
                .doesNotContain("Geheim dossier", "Piet Geheim", "Karel Uitzender");
        assertThat(page.item().organisationIds())
                .contains("https://identifier.overheid.nl/tooi/id/provincie/pv30");
        assertThat(site.published("HVB")).extracting(PublishedItem::publicId).contains(publicId);
    }

    @Test
    void markingAnItemConfidentialAfterPublicationWithdrawsItAtOnce() {
        var built =
                fixture.publishedAgenda(
                        "HVB", true, new String[] {"Later vertrouwelijk", "Jan", alderman});
        SignIn.as(users, "wethouder.hvb");
        String agenda = publicId(publications.publishAgenda(built.meetingId()));
        String minutesId = publicId(publications.publishMinutes(built.meetingId()));
        assertThat(site.page(minutesId).orElseThrow().lines())
                .extracting(PublicSite.Line::text)
                .containsExactly("Besluit over Later vertrouwelijk");

        confidentiality.markItem(built.itemIds().getFirst(), true);

        assertThat(site.page(agenda)).isEmpty();
        assertThat(site.page(minutesId)).isEmpty();
        assertThat(site.published("HVB"))
                .extracting(PublishedItem::publicId)
                .doesNotContain(agenda, minutesId);
        assertThat(publications.ofMeeting(built.meetingId()))
                .allSatisfy(
                        r -> {
                            assertThat(r.withdrawn()).isTrue();
                            assertThat(r.withdrawalReason())
                                    .isEqualTo("Vertrouwelijk gemarkeerd: Later vertrouwelijk");
                            assertThat(r.withdrawnBy()).isNotBlank();
                        });
        // Published again, the confidential item and the decision on it stay out.
        String again = publicId(publications.publishMinutes(built.meetingId()));
        assertThat(site.page(again).orElseThrow().lines()).isEmpty();
    }

    @Test
    void withdrawalNeedsAReasonAndIsLoggedWithWhoWhenAndWhy() {
        var built = fixture.publishedAgenda("HVB", false, new String[] {"Punt", "Jan", alderman});
        SignIn.as(users, "ambtenaar.hvb");
        PublicationRow row = publications.publishAgenda(built.meetingId());
        for (String empty : new String[] {null, "", "   "}) {
            assertThatThrownBy(() -> publications.withdraw(row.id(), empty))
                    .isInstanceOf(UserInputException.class);
        }
        assertThatThrownBy(() -> publications.withdraw(row.id(), "x".repeat(1001)))
                .isInstanceOf(UserInputException.class);
        assertThat(site.page(publicId(row))).isPresent();

        publications.withdraw(row.id(), "Verkeerde versie 🙈 نسخة");

        assertThat(site.page(publicId(row))).isEmpty();
        PublicationRow logged = publications.ofMeeting(built.meetingId()).getFirst();
        assertThat(logged.withdrawalReason()).isEqualTo("Verkeerde versie 🙈 نسخة");
        assertThat(logged.withdrawnBy()).isNotBlank();
        assertThat(logged.withdrawnAt()).isNotNull();
        assertThatThrownBy(() -> publications.withdraw(row.id(), "nog eens"))
                .isInstanceOf(UserInputException.class);
    }

    @Test
    void confidentialAttachmentWithdrawsThePublication() throws Exception {
        var built = fixture.publishedAgenda("HVB", false, new String[] {"Punt", "Jan", alderman});
        long attachment = attach(built.itemIds().getFirst());
        SignIn.as(users, "coordinator");
        String id = publicId(publications.publishAgenda(built.meetingId()));
        confidentiality.markAttachment(attachment, true);
        assertThat(site.page(id)).isEmpty();
    }

    @Test
    void onlyWhatIsReadyCanBePublishedAndOnlyOnce() {
        var built = fixture.publishedAgenda("HVB", false, new String[] {"Punt", "Jan", alderman});
        SignIn.as(users, "wethouder.hvb");
        assertThatThrownBy(() -> publications.publishMinutes(built.meetingId()))
                .isInstanceOf(UserInputException.class)
                .hasMessageContaining("minutesNotApproved");
        publications.publishAgenda(built.meetingId());
        assertThatThrownBy(() -> publications.publishAgenda(built.meetingId()))
                .isInstanceOf(UserInputException.class)
                .hasMessageContaining("alreadyPublished");
    }

    @Test
    void anAdoptedAgreementIsPublishedWithItsAdoptionsAndWithoutWhoMadeTheVersion()
            throws Exception {
        long agreement =
                jdbc.queryForObject(
                        "SELECT a.id FROM agreement a JOIN region r ON r.id = a.region_id WHERE"
                                + " r.code = 'HVB' AND a.status = 'ADOPTED' ORDER BY a.id LIMIT 1",
                        Long.class);
        SignIn.as(users, "wethouder.hvb");
        publications.ofAgreement(agreement).stream()
                .filter(r -> !r.withdrawn())
                .forEach(r -> publications.withdraw(r.id(), "test opnieuw"));
        PublicationRow row = publications.publishAgreement(agreement);
        PublicSite.PublicPage page = site.page(publicId(row)).orElseThrow();
        assertThat(page.lines()).isNotEmpty();
        assertThat(page.lines()).anyMatch(l -> l.text().startsWith("Vastgesteld op "));
        assertThat(page.item().kind()).isEqualTo(PublicationKind.AGREEMENT);
        publications.withdraw(row.id(), "einde test");
    }

    @Test
    void nothingIsFoundForMalformedUnknownOrHostileIds() {
        for (String id :
                List.of(
                        "",
                        "x".repeat(10_000),
                        "aaaaaaaaaaaaaaaa",
                        "' OR 1=1 --      ",
                        "🙈🙈🙈🙈🙈🙈🙈🙈",
                        "../../etc/passwd",
                        "مرحبا")) {
            assertThat(site.page(id)).isEmpty();
            assertThat(site.document(id, "agenda.pdf")).isEmpty();
        }
        assertThat(site.region("x".repeat(10_000))).isEmpty();
        assertThat(site.region("🙈")).isEmpty();
    }

    private long attach(long itemId) {
        jdbc.update(
                "INSERT INTO attachment (agenda_item_id, original_name, stored_name, media_type,"
                        + " size_bytes, uploaded_at) VALUES (?, 'bijlage.pdf', ?,"
                        + " 'application/pdf', 10, NOW())",
                itemId,
                "woo-" + System.nanoTime());
        return jdbc.queryForObject(
                "SELECT MAX(id) FROM attachment WHERE agenda_item_id = ?", Long.class, itemId);
    }

    private static String publicId(PublicationRow row) {
        return row.publicPath().substring(row.publicPath().lastIndexOf('/') + 1);
    }

    static String text(byte[] pdf) throws Exception {
        try (PdfReader reader = new PdfReader(pdf)) {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder all = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                all.append(extractor.getTextFromPage(page)).append('\n');
            }
            return all.toString();
        }
    }
}
