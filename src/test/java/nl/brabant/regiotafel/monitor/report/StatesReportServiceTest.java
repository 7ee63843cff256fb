package nl.brabant.regiotafel.monitor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import nl.brabant.regiotafel.IntegrationTest;
import nl.brabant.regiotafel.base.ClockConfiguration;
import nl.brabant.regiotafel.base.UserInputException;
import nl.brabant.regiotafel.base.pdf.VeraPdf;
import nl.brabant.regiotafel.monitor.MonitorService;
import nl.brabant.regiotafel.monitor.PolicyStatus;
import nl.brabant.regiotafel.monitor.RegionFigures;
import nl.brabant.regiotafel.testsupport.SignIn;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The progress report for Provinciale Staten on the demo data (which comes from the evaluation):
 * who may make it, that its figures are the monitor's figures for the period, the summary in the
 * evaluation's terms, refused periods, and the two files read back.
 */
@IntegrationTest
class StatesReportServiceTest {

    private static final LocalDate FIRST = LocalDate.of(2020, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2020, 12, 31);

    @Autowired StatesReportService reports;
    @Autowired MonitorService monitor;
    @Autowired UserDetailsService users;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @ParameterizedTest(name = "{0} may make the report: {1}")
    @CsvSource({
        "coordinator, true",
        "monitor, true",
        "wethouder.hvb, false",
        "ambtenaar.hvb, false",
        "uitzendbureau.hvb, false",
        "woningcorporatie.hvb, false",
        "beheerder, false"
    })
    void onlyTheProvinceMakesTheReport(String username, boolean allowed) {
        SignIn.as(users, username);
        assertThat(reports.mayProduce()).isEqualTo(allowed);
        if (allowed) {
            assertThat(reports.produce(FIRST, LAST).regions()).hasSize(7);
            assertThat(reports.pdf(FIRST, LAST)).isNotEmpty();
        } else {
            assertThatThrownBy(() -> reports.produce(FIRST, LAST))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> reports.word(FIRST, LAST))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void theReportsFiguresAreTheMonitorsFiguresForThePeriod() {
        SignIn.as(users, "coordinator");
        StatesReport report = reports.produce(FIRST, LAST);

        assertThat(report.regions()).isEqualTo(monitor.dashboard(2020));
        // Evaluation Table 2: in 2020 six regions held one table each, Kempen/A2 none.
        assertThat(
                        report.regions().stream()
                                .collect(
                                        Collectors.toMap(
                                                RegionFigures::code, RegionFigures::meetingsHeld)))
                .containsEntry("WBW", 1)
                .containsEntry("PEEL", 1)
                .containsEntry("KA2", 0);
        assertThat(report.themes()).isEqualTo(monitor.themeBalance());
        // Evaluation section 3.2: policy frameworks on the first and the last day.
        assertThat(report.policiesThen().date()).isEqualTo(FIRST);
        assertThat(report.policiesNow().date()).isEqualTo(LAST);
        // Hart van Brabant's adopted agreement lists its participating municipalities.
        long hvb = region(report, "HVB").regionId();
        assertThat(report.adoptionsOf(hvb)).isNotEmpty();
        assertThat(report.adoptionsOf(hvb))
                .hasSize(region(report, "HVB").participating())
                .filteredOn(MunicipalityAdoption::adopted)
                .hasSize(region(report, "HVB").adopted());
        assertThat(report.adoptionsOf(region(report, "NOB").regionId())).isEmpty();
    }

    @Test
    void aPeriodSinceADateCountsTheMeetingsOfThoseDaysOnly() {
        SignIn.as(users, "coordinator");
        // Breda's first table was on 2 October 2020 (evaluation Table 2).
        assertThat(region(reports.produce(LocalDate.of(2020, 10, 2), LAST), "BRE").meetingsHeld())
                .isEqualTo(1);
        assertThat(region(reports.produce(LocalDate.of(2020, 10, 3), LAST), "BRE").meetingsHeld())
                .isZero();
        LocalDate today = LocalDate.now(ClockConfiguration.ZONE);
        assertThat(reports.produce(today, today).lastDay()).isEqualTo(today);
    }

    @Test
    void theSummarySpeaksTheEvaluationsTerms() {
        SignIn.as(users, "coordinator");
        StatesReport report = reports.produce(FIRST, LAST);
        List<String> summary = StatesSummary.sentences(report);
        long adopted =
                report.regions().stream()
                        .filter(r -> "ADOPTED".equals(r.agreementStatus()))
                        .count();
        assertThat(summary.get(0))
                .isEqualTo(
                        "In de periode hielden 6 van de 7 regio's een regiotafel (6 bijeenkomsten in totaal).");
        assertThat(summary.get(1)).startsWith(adopted + " van de 7 regio's");
        int current =
                report.policiesNow().counts().get(PolicyStatus.CURRENT_HOUSING)
                        + report.policiesNow().counts().get(PolicyStatus.CURRENT_INTEGRAL);
        assertThat(summary)
                .anyMatch(s -> s.contains(current + " van de 56 gemeenten actueel beleid"));
    }

    @Test
    void impossiblePeriodsAreRefusedInWords() {
        SignIn.as(users, "coordinator");
        LocalDate today = LocalDate.now(ClockConfiguration.ZONE);
        assertRefused(LAST, FIRST, "report.error.period.reversed");
        assertRefused(FIRST, today.plusDays(1), "report.error.period.future");
        assertRefused(LocalDate.of(1999, 1, 1), LAST, "report.error.period.early");
        assertRefused(null, LAST, "report.error.period.missing");
        assertRefused(FIRST, null, "report.error.period.missing");
    }

    @Test
    void theWordFileHoldsTheSummaryAndEveryRegion() throws IOException {
        SignIn.as(users, "coordinator");
        byte[] docx = reports.word(FIRST, LAST);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> headings =
                    document.getParagraphs().stream()
                            .filter(p -> "Heading1".equals(p.getStyle()))
                            .map(XWPFParagraph::getText)
                            .toList();
            assertThat(headings)
                    .containsExactly(
                            "Samenvatting",
                            "Regiotafels",
                            "Intergemeentelijke afspraken",
                            "Vaststelling per gemeente",
                            "Toezeggingen en actiepunten",
                            "Thema's",
                            "Beleidskaders van gemeenten");
            String text =
                    document.getParagraphs().stream()
                            .map(XWPFParagraph::getText)
                            .collect(Collectors.joining("\n"));
            assertThat(text).contains("• In de periode hielden 6 van de 7 regio's");
            XWPFTable meetings = document.getTables().getFirst();
            assertThat(meetings.getRow(0).getCell(0).getText()).isEqualTo("Regio");
            assertThat(meetings.getNumberOfRows()).isEqualTo(8);
            assertThat(meetings.getRow(7).getCell(0).getText()).isEqualTo("Regio De Kempen/A2");
            assertThat(meetings.getRow(7).getCell(1).getText()).isEqualTo("0");
            assertThat(document.getAllPictures()).hasSize(2);
        }
    }

    @Test
    void thePdfIsAnArchiveFileWithTheSameFigures() throws IOException {
        SignIn.as(users, "coordinator");
        byte[] pdf = reports.pdf(FIRST, LAST);
        // Kept for a look at the layout (pdftoppm target/states-report-2020.pdf).
        Files.write(Path.of("target", "states-report-2020.pdf"), pdf);
        VeraPdf.Verdict verdict = VeraPdf.check(pdf, PDFAFlavour.PDFA_2_U);
        assertThat(verdict.compliant()).as(verdict.toString()).isTrue();
        PdfReader reader = new PdfReader(pdf);
        assertThat(reader.getInfo()).containsEntry("Title", "Voortgangsrapportage arbeidsmigratie");
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        String all = text.toString().replaceAll("\\s+", " ");
        assertThat(all)
                .contains("Samenvatting", "Vaststelling per gemeente", "Regio De Kempen/A2")
                .contains("6 van de 7 regio's");
    }

    @Test
    void fileNamesSayThePeriod() {
        assertThat(StatesReportService.fileName(FIRST, LAST, "pdf"))
                .isEqualTo("voortgangsrapportage-2020.pdf");
        assertThat(StatesReportService.fileName(LocalDate.of(2020, 3, 1), LAST, "docx"))
                .isEqualTo("voortgangsrapportage-2020-03-01_2020-12-31.docx");
    }

    private void assertRefused(LocalDate first, LocalDate last, String key) {
        assertThatThrownBy(() -> reports.produce(first, last))
                .isInstanceOfSatisfying(
                        UserInputException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    private static RegionFigures region(StatesReport report, String code) {
        return report.regions().stream()
                .filter(r -> r.code().equals(code))
                .findFirst()
                .orElseThrow();
    }
}
