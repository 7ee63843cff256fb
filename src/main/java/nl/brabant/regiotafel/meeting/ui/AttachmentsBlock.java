package nl.brabant.regiotafel.meeting.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadFormat;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.util.Locale;
import nl.brabant.regiotafel.base.UserInputException;
import nl.brabant.regiotafel.base.ui.ComponentTexts;
import nl.brabant.regiotafel.meeting.AgendaItemRow;
import nl.brabant.regiotafel.meeting.AttachmentContent;
import nl.brabant.regiotafel.meeting.AttachmentRow;
import nl.brabant.regiotafel.meeting.AttachmentService;
import nl.brabant.regiotafel.meeting.ConfidentialityService;
import nl.brabant.regiotafel.meeting.MeetingDetails;

/** An agenda item's attachments: download links, and upload and remove for who may. */
class AttachmentsBlock extends Div {

    AttachmentsBlock(
            AttachmentService attachments,
            ConfidentialityService confidentiality,
            boolean mayMarkConfidential,
            AgendaItemRow item,
            MeetingDetails meeting,
            MeetingView view) {
        addClassName("attachments");
        boolean mayAttach = attachments.mayAttach(item.id());
        for (AttachmentRow file : item.attachments()) {
            Anchor link =
                    new Anchor(
                            DownloadHandler.fromInputStream(
                                    event -> {
                                        AttachmentContent content = attachments.open(file.id());
                                        return new DownloadResponse(
                                                content.stream(),
                                                content.name(),
                                                content.mediaType(),
                                                content.size());
                                    }),
                            AttachmentType.DOWNLOAD,
                            file.name());
            Div row =
                    new Div(
                            VaadinIcon.PAPERCLIP.create(),
                            link,
                            new Span(" (" + size(file.size()) + ")"));
            row.addClassName("attachment");
            row.add(
                    ConfidentialToggle.of(
                            mayMarkConfidential,
                            file.confidential(),
                            file.name(),
                            "confidential-attachment-" + file.id(),
                            on -> view.act(() -> confidentiality.markAttachment(file.id(), on)),
                            this));
            if (mayAttach) {
                Button remove =
                        new Button(
                                VaadinIcon.TRASH.create(),
                                e -> confirmRemove(attachments, file, view));
                remove.addThemeVariants(
                        ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
                remove.setAriaLabel(getTranslation("attachment.remove") + ": " + file.name());
                row.add(remove);
            }
            add(row);
        }
        if (mayAttach) {
            UI ui = UI.getCurrent();
            long maxBytes = attachments.maxSize().toBytes();
            long maxMegabytes = attachments.maxSize().toMegabytes();
            Runnable tooLarge =
                    () ->
                            ui.access(
                                    () ->
                                            showRefusal(
                                                    ui, "attachment.error.tooLarge", maxMegabytes));
            Upload upload =
                    new Upload(
                            new AttachmentUploadHandler(
                                    maxBytes,
                                    (fileName, file) -> {
                                        try {
                                            attachments.add(item.id(), fileName, file);
                                            ui.access(view::refresh);
                                        } catch (UserInputException refused) {
                                            ui.access(
                                                    () ->
                                                            showRefusal(
                                                                    ui,
                                                                    refused.messageKey(),
                                                                    refused.arguments()));
                                        }
                                    },
                                    tooLarge));
            ComponentTexts.localize(upload);
            // The browser refuses a larger file before sending it; the handler holds the limit
            // anyway.
            upload.setMaxFileSize(Math.toIntExact(Math.min(maxBytes, Integer.MAX_VALUE)));
            upload.setUploadFormat(UploadFormat.RAW);
            upload.addFileRejectedListener(
                    e -> {
                        if (tooBig(upload, e.getErrorMessage())) {
                            showRefusal(ui, "attachment.error.tooLarge", maxMegabytes);
                        }
                    });
            upload.setMaxFiles(1);
            upload.setDropAllowed(true);
            upload.setAcceptedFileTypes(
                    ".pdf", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".odt", ".ods",
                    ".odp", ".png", ".jpg", ".jpeg", ".gif", ".webp");
            upload.getElement()
                    .setAttribute(
                            "aria-label", getTranslation("attachment.add") + ": " + item.title());
            Button button =
                    new Button(getTranslation("attachment.add"), VaadinIcon.UPLOAD.create());
            button.addThemeVariants(ButtonVariant.LUMO_SMALL);
            upload.setUploadButton(button);
            add(upload);
        }
    }

    /**
     * The browser's refusal for size carries the upload's own text; its English default names the
     * size.
     */
    private static boolean tooBig(Upload upload, String message) {
        UploadI18N i18n = upload.getI18n();
        if (i18n != null && i18n.getError() != null && i18n.getError().getFileIsTooBig() != null) {
            return i18n.getError().getFileIsTooBig().equals(message);
        }
        return message != null && message.toLowerCase(Locale.ROOT).contains("big");
    }

    private static void showRefusal(UI ui, String key, Object... arguments) {
        Notification.show(ui.getTranslation(key, arguments), 7000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private void confirmRemove(
            AttachmentService attachments, AttachmentRow file, MeetingView view) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("attachment.remove.title"));
        dialog.setText(getTranslation("attachment.remove.text", file.name()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.setConfirmText(getTranslation("attachment.remove"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> view.act(() -> attachments.remove(file.id())));
        dialog.open();
    }

    private static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return (bytes / 1024) + " kB";
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
