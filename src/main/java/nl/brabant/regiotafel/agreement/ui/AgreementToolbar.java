package nl.brabant.regiotafel.agreement.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Consumer;
import nl.brabant.regiotafel.agreement.AgreementDetails;
import nl.brabant.regiotafel.agreement.AgreementExportService;
import nl.brabant.regiotafel.agreement.AgreementHistoryService;
import nl.brabant.regiotafel.agreement.AgreementLifecycleService;
import nl.brabant.regiotafel.agreement.AgreementService;
import nl.brabant.regiotafel.agreement.AgreementStatus;
import nl.brabant.regiotafel.agreement.AgreementWordService;
import nl.brabant.regiotafel.agreement.text.MarkdownRenderer;
import nl.brabant.regiotafel.base.ui.Feedback;

/**
 * What can be done with the agreement as a whole: its status steps, a named version, a new draft,
 * the PDF and Word files, and importing articles from Word into a draft.
 */
class AgreementToolbar extends Div {

    static final String DOCX =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final Runnable refreshPage;

    /**
     * @param refreshPage draws the page again from the latest state, after a change made here
     */
    AgreementToolbar(
            AgreementDetails d,
            AgreementService agreements,
            AgreementLifecycleService lifecycle,
            AgreementHistoryService history,
            AgreementExportService exports,
            AgreementWordService words,
            MarkdownRenderer markdown,
            Runnable refreshPage) {
        this.refreshPage = refreshPage;
        addClassName("toolbar");
        if (d.may().changeStatus() && d.status() == AgreementStatus.DRAFT) {
            add(
                    action(
                            "agreement.toConsultation",
                            VaadinIcon.USERS,
                            () -> lifecycle.toConsultation(d.id())));
        }
        if (d.may().changeStatus() && d.status() == AgreementStatus.CONSULTATION) {
            add(
                    action(
                            "agreement.backToDraft",
                            VaadinIcon.ARROW_BACKWARD,
                            () -> lifecycle.backToDraft(d.id())));
            Button adopt =
                    new Button(
                            getTranslation("agreement.startAdoption"),
                            VaadinIcon.GAVEL.create(),
                            e ->
                                    askName(
                                            "agreement.startAdoption",
                                            "agreement.startAdoption.text",
                                            name -> lifecycle.startAdoption(d.id(), name)));
            adopt.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(adopt);
        }
        if (d.may().edit()) {
            add(
                    new Button(
                            getTranslation("agreement.nameVersion"),
                            VaadinIcon.BOOKMARK.create(),
                            e ->
                                    askName(
                                            "agreement.nameVersion",
                                            "agreement.nameVersion.text",
                                            name -> history.nameVersion(d.id(), name))));
        }
        if (d.status() == AgreementStatus.ADOPTED && agreements.mayCreate(d.regionId())) {
            add(
                    action(
                            "agreement.startNewDraft",
                            VaadinIcon.COPY,
                            () -> {
                                long draft = lifecycle.startNewDraft(d.id());
                                UI.getCurrent()
                                        .navigate(
                                                AgreementView.class,
                                                AgreementView.parameters(d.regionCode(), draft));
                            }));
        }
        // The handler stays registered in the session; it holds the service and ids, not this page.
        long id = d.id();
        Long frozen = d.frozenVersionId();
        String fileName = "afspraken-" + d.regionCode() + ".pdf";
        Anchor pdf =
                new Anchor(
                        DownloadHandler.fromInputStream(
                                event -> {
                                    byte[] bytes = exports.pdf(id, frozen);
                                    return new DownloadResponse(
                                            new ByteArrayInputStream(bytes),
                                            fileName,
                                            "application/pdf",
                                            bytes.length);
                                }),
                        AttachmentType.DOWNLOAD,
                        getTranslation(
                                d.frozenVersionId() == null
                                        ? "agreement.pdf"
                                        : "agreement.pdfFrozen"));
        pdf.addClassName("download-link");
        add(pdf);
        String docxName = "afspraken-" + d.regionCode() + ".docx";
        Anchor docx =
                new Anchor(
                        DownloadHandler.fromInputStream(
                                event -> {
                                    byte[] bytes = exports.docx(id, frozen);
                                    return new DownloadResponse(
                                            new ByteArrayInputStream(bytes),
                                            docxName,
                                            DOCX,
                                            bytes.length);
                                }),
                        AttachmentType.DOWNLOAD,
                        getTranslation(
                                d.frozenVersionId() == null
                                        ? "agreement.docx"
                                        : "agreement.docxFrozen"));
        docx.addClassName("download-link");
        docx.setId("agreement-docx");
        add(docx);
        if (d.may().edit() && d.status() == AgreementStatus.DRAFT) {
            add(new WordImportUpload(d.id(), words, markdown, refreshPage));
        }
    }

    private Button action(String key, VaadinIcon icon, Runnable run) {
        return new Button(getTranslation(key), icon.create(), e -> act(run));
    }

    private void askName(String titleKey, String textKey, Consumer<String> save) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation(titleKey));
        TextField name = new TextField(getTranslation("agreement.field.versionName"));
        name.setWidthFull();
        name.setMaxLength(200);
        dialog.add(new Paragraph(getTranslation(textKey)), name);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.setConfirmText(getTranslation(titleKey));
        dialog.addConfirmListener(e -> act(() -> save.accept(name.getValue())));
        dialog.open();
    }

    /** Runs a change; a refusal becomes a message; the page then shows the latest state. */
    private void act(Runnable change) {
        Feedback.attempt(this, change, refreshPage);
    }
}
