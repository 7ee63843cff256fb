package nl.brabant.regiotafel.agreement.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.upload.Upload;
import java.util.EnumSet;
import java.util.Set;
import nl.brabant.regiotafel.IntegrationTest;
import nl.brabant.regiotafel.agreement.AgreementScope;
import nl.brabant.regiotafel.agreement.AgreementService;
import nl.brabant.regiotafel.agreement.word.WordFiles;
import nl.brabant.regiotafel.region.Theme;
import nl.brabant.regiotafel.testsupport.Grids;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** "Importeren uit Word" on the agreement page: the preview first, then the articles. */
@IntegrationTest
@ViewPackages(packages = "nl.brabant.regiotafel")
class WordImportViewsTest extends SpringBrowserlessTest {

    private static final String DOCX =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Autowired AgreementService agreements;
    @Autowired JdbcTemplate jdbc;

    private long newDraft() {
        long region = jdbc.queryForObject("SELECT id FROM region WHERE code = 'HVB'", Long.class);
        long tilburg =
                jdbc.queryForObject(
                        "SELECT id FROM municipality WHERE name = 'Tilburg'", Long.class);
        return agreements.create(
                region,
                "Uit Word " + System.nanoTime(),
                AgreementScope.INTEGRAL,
                EnumSet.of(Theme.HOUSING),
                Set.of(tilburg));
    }

    private static byte[] draft() throws Exception {
        XWPFDocument d = WordFiles.document();
        WordFiles.styled(d, "Title", "Concept afspraken");
        WordFiles.styled(d, "Heading1", "Artikel 1 – Doel");
        WordFiles.text(d, "Betere huisvesting voor arbeidsmigranten.");
        WordFiles.picture(WordFiles.text(d, "Kaart van de regio"));
        WordFiles.styled(d, "Heading1", "Artikel 2 – Registratie");
        WordFiles.text(d, "Inschrijving in de BRP.");
        return WordFiles.bytes(d);
    }

    private long revisions(long agreementId) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM revision WHERE agreement_id = ?", Long.class, agreementId);
    }

    @Test
    @WithUserDetails("ambtenaar.hvb")
    void theOfficerSeesThePreviewAndOnlyConfirmingAddsTheArticles() throws Exception {
        long id = newDraft();
        navigate("regio/HVB/afspraken/" + id, AgreementView.class);
        Upload upload = $(Upload.class).id("word-import");

        test(upload).upload("concept.docx", DOCX, draft());

        Dialog preview = $(Dialog.class).id("word-import-preview");
        assertThat(preview.isOpened()).isTrue();
        assertThat(preview.getHeaderTitle()).isEqualTo("Importeren uit concept.docx");
        String articles =
                $(OrderedList.class).id("word-import-articles").getElement().getTextRecursively();
        assertThat(articles)
                .contains("Doel", "Betere huisvesting voor arbeidsmigranten.", "Registratie");
        assertThat(
                        $(UnorderedList.class)
                                .id("word-import-dropped")
                                .getElement()
                                .getTextRecursively())
                .contains("Afbeeldingen: 1", "Alinea's vóór het eerste artikelkopje");
        assertThat(revisions(id)).as("nothing stored before confirming").isZero();

        test($(Button.class).id("word-import-confirm")).click();

        assertThat(revisions(id)).isEqualTo(2);
        assertThat($(Div.class).id("articles").getElement().getOuterHTML())
                .contains("Artikel 1 – Doel", "Artikel 2 – Registratie", "Inschrijving in de BRP.");
        $(TabSheet.class).single().setSelectedIndex(1);
        assertThat(Grids.cells($(Grid.class).id("history")))
                .contains("Geïmporteerd uit Word (uit concept.docx)");
    }

    @Test
    @WithUserDetails("ambtenaar.hvb")
    void cancellingThePreviewStoresNothing() throws Exception {
        long id = newDraft();
        navigate("regio/HVB/afspraken/" + id, AgreementView.class);
        test($(Upload.class).id("word-import")).upload("concept.docx", DOCX, draft());
        test($(Button.class).id("word-import-cancel")).click();
        assertThat(revisions(id)).isZero();
        assertThat($(Dialog.class).all()).noneMatch(Dialog::isOpened);
    }

    @Test
    @WithUserDetails("ambtenaar.hvb")
    void aDamagedFileIsRefusedInDutchWithoutAPreview() {
        long id = newDraft();
        navigate("regio/HVB/afspraken/" + id, AgreementView.class);
        test($(Upload.class).id("word-import"))
                .upload("concept.docx", DOCX, "geen word".getBytes());
        assertThat($(Dialog.class).all()).noneMatch(Dialog::isOpened);
        Notification refusal = $(Notification.class).last();
        assertThat(
                        refusal.getElement().getTextRecursively()
                                + refusal.getElement().getProperty("text", ""))
                .contains("Dit is geen Word-bestand (.docx)");
        assertThat(revisions(id)).isZero();
    }

    @Test
    @WithUserDetails("ambtenaar.hvb")
    void anAdoptedAgreementOffersWordDownloadsButNoImport() {
        long adopted =
                jdbc.queryForObject(
                        "SELECT MIN(a.id) FROM agreement a JOIN region r ON r.id = a.region_id"
                                + " WHERE r.code = 'HVB' AND a.status = 'ADOPTED'",
                        Long.class);
        navigate("regio/HVB/afspraken/" + adopted, AgreementView.class);
        assertThat($(Upload.class).all()).isEmpty();
        assertThat($(Anchor.class).id("agreement-docx").getText())
                .isEqualTo("Word-bestand van de vast te stellen versie");
    }

    @Test
    @WithUserDetails("uitzendbureau.hvb")
    void anAgencyReadingTheAdoptedAgreementCannotImport() {
        long adopted =
                jdbc.queryForObject(
                        "SELECT MIN(a.id) FROM agreement a JOIN region r ON r.id = a.region_id"
                                + " WHERE r.code = 'HVB' AND a.status = 'ADOPTED'",
                        Long.class);
        navigate("regio/HVB/afspraken/" + adopted, AgreementView.class);
        assertThat($(Upload.class).all()).isEmpty();
        assertThat($(Anchor.class).all())
                .anyMatch(a -> a.getId().orElse("").equals("agreement-docx"));
    }
}
