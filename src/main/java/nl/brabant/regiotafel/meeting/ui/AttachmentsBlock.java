package nl.brabant.regiotafel.meeting.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import nl.brabant.regiotafel.base.UserInputException;
import nl.brabant.regiotafel.base.ui.ComponentTexts;
import nl.brabant.regiotafel.meeting.AgendaItemRow;
import nl.brabant.regiotafel.meeting.AgendaService;
import nl.brabant.regiotafel.meeting.AttachmentContent;
import nl.brabant.regiotafel.meeting.AttachmentRow;
import nl.brabant.regiotafel.meeting.MeetingDetails;

/** An agenda item's attachments: download links, and upload and remove for who may. */
class AttachmentsBlock extends Div {

    AttachmentsBlock(AgendaService agendas, AgendaItemRow item, MeetingDetails meeting, MeetingView view) {
        addClassName("attachments");
        boolean mayAttach = agendas.mayAttach(item.id());
        for (AttachmentRow file : item.attachments()) {
            Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
                AttachmentContent content = agendas.openAttachment(file.id());
                return new DownloadResponse(content.stream(), content.name(), content.mediaType(), content.size());
            }), AttachmentType.DOWNLOAD, file.name());
            Div row = new Div(VaadinIcon.PAPERCLIP.create(), link, new Span(" (" + size(file.size()) + ")"));
            row.addClassName("attachment");
            if (mayAttach) {
                Button remove = new Button(VaadinIcon.TRASH.create(), e -> confirmRemove(agendas, file, view));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
                remove.setAriaLabel(getTranslation("attachment.remove") + ": " + file.name());
                row.add(remove);
            }
            add(row);
        }
        if (mayAttach) {
            UI ui = UI.getCurrent();
            Upload upload = new Upload(UploadHandler.toTempFile((metadata, file) -> {
                try {
                    agendas.addAttachment(item.id(), metadata.fileName(), file.toPath());
                    ui.access(view::refresh);
                } catch (UserInputException refused) {
                    ui.access(() -> Notification.show(ui.getTranslation(refused.messageKey(), refused.arguments()),
                            7000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR));
                } finally {
                    java.nio.file.Files.deleteIfExists(file.toPath());
                }
            }));
            ComponentTexts.localize(upload);
            upload.setMaxFiles(1);
            upload.setDropAllowed(true);
            upload.setAcceptedFileTypes(".pdf", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".odt", ".ods",
                    ".odp", ".png", ".jpg", ".jpeg", ".gif", ".webp");
            upload.getElement().setAttribute("aria-label", getTranslation("attachment.add") + ": " + item.title());
            Button button = new Button(getTranslation("attachment.add"), VaadinIcon.UPLOAD.create());
            button.addThemeVariants(ButtonVariant.LUMO_SMALL);
            upload.setUploadButton(button);
            add(upload);
        }
    }

    private void confirmRemove(AgendaService agendas, AttachmentRow file, MeetingView view) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("attachment.remove.title"));
        dialog.setText(getTranslation("attachment.remove.text", file.name()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.setConfirmText(getTranslation("attachment.remove"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> view.act(() -> agendas.removeAttachment(file.id())));
        dialog.open();
    }

    private static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return (bytes / 1024) + " kB";
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
