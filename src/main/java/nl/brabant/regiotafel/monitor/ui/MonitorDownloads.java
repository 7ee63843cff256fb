package nl.brabant.regiotafel.monitor.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.brabant.regiotafel.base.format.DateFormats;
import nl.brabant.regiotafel.monitor.MonitorService;
import nl.brabant.regiotafel.monitor.PolicyFrameworkService;
import nl.brabant.regiotafel.monitor.RegionFigures;
import nl.brabant.regiotafel.monitor.chart.MonitorCharts;
import nl.brabant.regiotafel.monitor.export.MonitorPdf;
import nl.brabant.regiotafel.monitor.export.SafeCsv;

/**
 * The dashboard's figures to take away: as a spreadsheet (CSV) and as a printable PDF with the same
 * figures, charts and tables as on screen. Both are made when they are downloaded.
 */
class MonitorDownloads extends Div {

    private final MonitorService monitor;
    private final PolicyFrameworkService policies;
    private final MonitorCharts charts;
    private final MonitorPdf pdf;
    private final Clock clock;
    private final List<RegionFigures> figures;
    private final int year;
    private final String totalLabel;

    /**
     * @param totalLabel "Provincie totaal", or for a regional user the total of their own region(s)
     */
    MonitorDownloads(
            MonitorService monitor,
            PolicyFrameworkService policies,
            MonitorCharts charts,
            MonitorPdf pdf,
            Clock clock,
            List<RegionFigures> figures,
            int year,
            String totalLabel) {
        this.monitor = monitor;
        this.policies = policies;
        this.charts = charts;
        this.pdf = pdf;
        this.clock = clock;
        this.figures = figures;
        this.year = year;
        this.totalLabel = totalLabel;
        addClassName("downloads");
        add(
                download(
                        DownloadHandler.fromInputStream(
                                event ->
                                        response(
                                                csv(),
                                                "monitor-" + year + ".csv",
                                                "text/csv; charset=utf-8")),
                        "monitor.csv"),
                download(
                        DownloadHandler.fromInputStream(
                                event ->
                                        response(
                                                pdf(),
                                                "monitor-" + year + ".pdf",
                                                "application/pdf")),
                        "monitor.pdf"));
    }

    private Anchor download(DownloadHandler handler, String textKey) {
        Anchor download = new Anchor(handler, AttachmentType.DOWNLOAD, getTranslation(textKey));
        download.addClassName("download-link");
        return download;
    }

    private static DownloadResponse response(byte[] bytes, String fileName, String contentType) {
        return new DownloadResponse(
                new ByteArrayInputStream(bytes), fileName, contentType, bytes.length);
    }

    private byte[] csv() {
        List<List<Object>> rows = new ArrayList<>();
        for (RegionFigures r : figures) {
            rows.add(
                    List.of(
                            r.name(),
                            r.meetingsHeld(),
                            r.meetingsPlanned(),
                            r.agreementStatus() == null
                                    ? ""
                                    : getTranslation("agreement.status." + r.agreementStatus()),
                            r.agreementScope() == null
                                    ? ""
                                    : getTranslation("agreement.scope." + r.agreementScope()),
                            r.adopted(),
                            r.participating(),
                            r.openActionItems(),
                            r.overdueActionItems(),
                            r.commitmentsOnTrack(),
                            r.commitmentsAtRisk(),
                            r.commitmentsLate(),
                            r.commitmentsDone()));
        }
        return SafeCsv.write(
                List.of(
                        getTranslation("monitor.region"),
                        getTranslation("monitor.csv.held"),
                        getTranslation("monitor.csv.planned"),
                        getTranslation("monitor.agreement"),
                        getTranslation("agreement.field.scope"),
                        getTranslation("monitor.csv.adopted"),
                        getTranslation("monitor.csv.participating"),
                        getTranslation("monitor.actionsOpen"),
                        getTranslation("monitor.actionsOverdue"),
                        getTranslation("commitment.status.ON_TRACK"),
                        getTranslation("commitment.status.AT_RISK"),
                        getTranslation("commitment.status.LATE"),
                        getTranslation("commitment.status.DONE")),
                rows);
    }

    private byte[] pdf() {
        List<String> header =
                List.of(
                        getTranslation("monitor.region"),
                        getTranslation("monitor.meetings"),
                        getTranslation("monitor.next"),
                        getTranslation("monitor.agreement"),
                        getTranslation("monitor.actionsOpen"),
                        getTranslation("monitor.actionsOverdue"),
                        getTranslation("monitor.commitments"));
        List<List<String>> rows = new ArrayList<>();
        for (RegionFigures r : figures) {
            rows.add(
                    List.of(
                            r.name(),
                            RegionDashboard.meetings(this, r),
                            r.nextMeeting() == null
                                    ? "—"
                                    : DateFormats.date(r.nextMeeting(), getLocale()),
                            r.agreementStatus() == null
                                    ? getTranslation("monitor.agreement.none")
                                    : getTranslation("agreement.status." + r.agreementStatus())
                                            + " · "
                                            + getTranslation(
                                                    "agreement.scope." + r.agreementScope()),
                            String.valueOf(r.openActionItems()),
                            String.valueOf(r.overdueActionItems()),
                            RegionDashboard.commitmentCounts(r)));
        }
        var counts = monitor.themeBalance();
        List<List<String>> themeRows =
                ThemeBalanceSection.rows(totalLabel, figures, counts).stream()
                        .map(
                                t ->
                                        List.of(
                                                t.region(),
                                                getTranslation("theme." + t.theme().name()),
                                                String.valueOf(t.agendaItems()),
                                                String.valueOf(t.decisions()),
                                                String.valueOf(t.commitments())))
                        .toList();
        PolicySection.Chart policy = PolicySection.chart(this, policies, charts, clock);
        return pdf.dashboard(
                getTranslation("monitor.pdf.title", String.valueOf(year)),
                getTranslation(
                        "monitor.pdf.subtitle",
                        DateFormats.longDate(LocalDate.now(clock), getLocale())),
                header,
                rows,
                ThemeBalanceSection.chart(this, charts, figures, counts, totalLabel),
                List.of(
                        getTranslation("monitor.region"),
                        getTranslation("decision.field.theme"),
                        getTranslation("monitor.themes.items"),
                        getTranslation("decision.title"),
                        getTranslation("agreement.tab.commitments")),
                themeRows,
                policy.png(),
                policy.header(),
                policy.rows());
    }
}
