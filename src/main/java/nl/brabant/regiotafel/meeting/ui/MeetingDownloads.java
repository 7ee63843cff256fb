package nl.brabant.regiotafel.meeting.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import nl.brabant.regiotafel.meeting.MeetingDetails;
import nl.brabant.regiotafel.meeting.MeetingExportService;
import nl.brabant.regiotafel.meeting.MeetingStatus;

/**
 * The meeting as files: the agenda as PDF and Word, the minutes as PDF and Word once the meeting is
 * past planning, and a calendar entry. Each is made when it is downloaded.
 */
class MeetingDownloads extends Div {

    private static final String DOCX =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    MeetingDownloads(MeetingExportService exports, MeetingDetails m) {
        add(new Span(getTranslation("export.title")));
        addClassName("downloads");
        add(
                download(
                        "export.agendaPdf",
                        () ->
                                new DownloadResponse(
                                        new ByteArrayInputStream(exports.agendaPdf(m.id())),
                                        exports.fileName(m.id(), "agenda", "pdf"),
                                        "application/pdf",
                                        -1)));
        add(
                download(
                        "export.agendaDocx",
                        () ->
                                new DownloadResponse(
                                        new ByteArrayInputStream(exports.agendaDocx(m.id())),
                                        exports.fileName(m.id(), "agenda", "docx"),
                                        DOCX,
                                        -1)));
        if (m.status() != MeetingStatus.PLANNED) {
            add(
                    download(
                            "export.minutesPdf",
                            () ->
                                    new DownloadResponse(
                                            new ByteArrayInputStream(exports.minutesPdf(m.id())),
                                            exports.fileName(m.id(), "verslag", "pdf"),
                                            "application/pdf",
                                            -1)));
            add(
                    download(
                            "export.minutesDocx",
                            () ->
                                    new DownloadResponse(
                                            new ByteArrayInputStream(exports.minutesDocx(m.id())),
                                            exports.fileName(m.id(), "verslag", "docx"),
                                            DOCX,
                                            -1)));
        }
        add(
                download(
                        "export.ics",
                        () -> {
                            byte[] ics = exports.icalendar(m.id()).getBytes(StandardCharsets.UTF_8);
                            return new DownloadResponse(
                                    new ByteArrayInputStream(ics),
                                    exports.fileName(m.id(), "regiotafel", "ics"),
                                    "text/calendar; charset=utf-8",
                                    ics.length);
                        }));
    }

    private Anchor download(String key, Supplier<DownloadResponse> response) {
        Anchor anchor =
                new Anchor(
                        DownloadHandler.fromInputStream(event -> response.get()),
                        AttachmentType.DOWNLOAD,
                        getTranslation(key));
        anchor.addClassName("download-link");
        return anchor;
    }
}
