package nl.brabant.regiotafel.agreement.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadFormat;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import nl.brabant.regiotafel.agreement.AgreementWordService;
import nl.brabant.regiotafel.agreement.text.MarkdownRenderer;
import nl.brabant.regiotafel.agreement.word.WordImport;
import nl.brabant.regiotafel.base.UserInputException;
import nl.brabant.regiotafel.base.ui.ComponentTexts;

/**
 * "Importeren uit Word": receives one .docx in memory (never more than the limit: a larger body is
 * cut off while it streams in), has the service read it, and opens the preview. A refusal is shown
 * in the person's language; nothing is stored either way until the preview is confirmed.
 */
class WordImportUpload extends Div {

    WordImportUpload(
            long agreementId,
            AgreementWordService words,
            MarkdownRenderer markdown,
            Runnable refreshPage) {
        addClassName("word-import");
        int maxBytes = words.maxBytes();
        Upload upload = new Upload();
        upload.setUploadHandler(
                new Handler(
                        maxBytes,
                        (ui, fileName, bytes) -> {
                            WordImport preview;
                            try {
                                preview = words.preview(agreementId, fileName, bytes);
                            } catch (UserInputException refused) {
                                inUi(
                                        ui,
                                        () ->
                                                refuse(
                                                        ui,
                                                        refused.messageKey(),
                                                        refused.arguments()));
                                return;
                            }
                            inUi(
                                    ui,
                                    () -> {
                                        upload.clearFileList();
                                        new WordImportDialog(
                                                        agreementId,
                                                        preview,
                                                        words,
                                                        markdown,
                                                        refreshPage)
                                                .open();
                                    });
                        }));
        upload.setId("word-import");
        ComponentTexts.localize(upload);
        upload.setUploadFormat(UploadFormat.RAW);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(maxBytes);
        upload.setAcceptedFileTypes(
                ".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        Button button = new Button(getTranslation("word.import"), VaadinIcon.FILE_TEXT_O.create());
        upload.setUploadButton(button);
        upload.setDropAllowed(false);
        Span hint = new Span(getTranslation("word.import.hint", maxBytes / (1024 * 1024)));
        hint.setId("word-import-hint");
        hint.addClassName("field-hint");
        upload.getElement().setAttribute("aria-describedby", "word-import-hint");
        upload.addFileRejectedListener(
                e -> refuse(UI.getCurrent(), "word.error.tooLarge", maxBytes / (1024 * 1024)));
        add(upload, hint);
    }

    /** Runs at once when this thread holds the session (as in tests), else through access. */
    private static void inUi(UI ui, Runnable change) {
        if (ui.getSession().hasLock()) {
            change.run();
        } else {
            ui.access(change::run);
        }
    }

    private static void refuse(UI ui, String key, Object... arguments) {
        Notification.show(ui.getTranslation(key, arguments), 9000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    interface Receiver extends Serializable {
        void received(UI ui, String fileName, byte[] bytes);
    }

    /** Reads the file into memory, refusing it as soon as it passes the limit. */
    private record Handler(int maxBytes, Receiver receiver) implements UploadHandler {

        @Override
        public void handleUploadRequest(UploadEvent event) throws IOException {
            UI ui = event.getUI();
            if (event.getFileSize() > maxBytes) {
                event.reject("too large");
                inUi(ui, () -> refuse(ui, "word.error.tooLarge", maxBytes / (1024 * 1024)));
                return;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = event.getInputStream()) {
                int read;
                while ((read = in.read(buffer)) != -1) {
                    if (out.size() + read > maxBytes) {
                        event.reject("too large");
                        inUi(ui, () -> refuse(ui, "word.error.tooLarge", maxBytes / (1024 * 1024)));
                        return;
                    }
                    out.write(buffer, 0, read);
                }
            }
            receiver.received(ui, event.getFileName(), out.toByteArray());
        }

        @Override
        public long getFileSizeMax() {
            return maxBytes;
        }

        @Override
        public long getFileCountMax() {
            return 1;
        }
    }
}
