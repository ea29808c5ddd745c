package org.infoplaza.workshop.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import org.infoplaza.security.CurrentUser;
import org.infoplaza.security.Role;
import org.infoplaza.shared.Translations;
import org.infoplaza.shared.ui.Actions;
import org.infoplaza.shared.ui.Notifications;
import org.infoplaza.workshop.CertificateDetails;
import org.infoplaza.workshop.CertificateLine;
import org.infoplaza.workshop.CertificateService;
import org.infoplaza.workshop.CertificateSheet;

/**
 * The certificates of one cohort: each enrolled member's attendance and result, and their certificate. Once
 * the last session is over, staff issue one certificate or all at once, download each as a PDF in Spanish
 * or English, and administrators and operators revoke one with a reason. A cohort outside the user's reach
 * is "not found".
 */
@Route("workshops/:cohortId([0-9]{1,18})/certificates")
@RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME, Role.FACILITATOR_NAME})
class CertificatesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String COHORT_ID = "cohortId";

    final Anchor back = new Anchor();
    final H2 title = new H2();
    final Paragraph notFinished = new Paragraph();
    final Select<Locale> language = new Select<>();
    final Button issueAll = new Button();
    final Grid<CertificateLine> grid = new Grid<>();
    /** The open revocation dialog, if any; each revocation gets a fresh one. */
    RevokeCertificateDialog revokeDialog;

    private final CertificateService certificates;
    private final boolean mayRevoke;
    private CertificateSheet sheet;

    CertificatesView(CertificateService certificates, CurrentUser currentUser) {
        this.certificates = certificates;
        this.mayRevoke = currentUser.hasRole(Role.ADMIN) || currentUser.hasRole(Role.OPERATOR);
        addClassName("certificates-view");
        back.setText(getTranslation("certificates.page.back"));
        back.addClassName("back-link");
        notFinished.setText(getTranslation("certificates.page.not-finished"));
        add(back, title, notFinished, createToolbar(), grid);
        configureGrid();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long cohortId = event.getRouteParameters().getLong(COHORT_ID).orElse(-1L);
        try {
            sheet = certificates.sheet(cohortId);
        } catch (org.infoplaza.shared.NotFoundException unknownOrOutOfScope) {
            event.rerouteToError(NotFoundException.class, getTranslation("error.not-found"));
            return;
        }
        back.setHref("workshops/" + cohortId);
        show();
    }

    private Component createToolbar() {
        language.setLabel(getTranslation("certificates.page.language"));
        language.setItems(Translations.LOCALES);
        language.setItemLabelGenerator(Translations::nameOf);
        language.setValue(Translations.supported(getLocale()));
        // The download links carry the language they were made with: rebuild them when it changes.
        language.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        issueAll.setText(getTranslation("certificates.page.issue-all"));
        issueAll.setIcon(new Icon(VaadinIcon.DIPLOMA));
        issueAll.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        issueAll.addClickListener(e -> Actions.attempt(() -> certificates.issueAll(sheet.cohortId()), issued -> {
            Notifications.success(issued.isEmpty() ? getTranslation("certificates.page.issued-none")
                    : getTranslation("certificates.page.issued-all", issued.size()));
            reload();
        }));
        HorizontalLayout toolbar = new HorizontalLayout(language, issueAll);
        toolbar.setWrap(true);
        issueAll.addClassName("label-wraps");
        toolbar.setAlignItems(Alignment.END);
        return toolbar;
    }

    private void configureGrid() {
        grid.addColumn(CertificateLine::memberNumber).setHeader(getTranslation("certificates.column.number"))
                .setKey("number").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(CertificateLine::memberName).setHeader(getTranslation("certificates.column.name"))
                .setKey("name").setAutoWidth(true);
        grid.addColumn(l -> getTranslation("certificates.column.attendance.value", l.attended(), l.sessions(), l.percent()))
                .setHeader(getTranslation("certificates.column.attendance")).setKey("attendance").setAutoWidth(true);
        grid.addColumn(l -> getTranslation(l.completed() ? "certificates.completed" : "certificates.not-completed"))
                .setHeader(getTranslation("certificates.column.completion")).setKey("completion").setAutoWidth(true);
        grid.addColumn(this::certificateText).setHeader(getTranslation("certificates.column.certificate"))
                .setKey("certificate").setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("grid.actions"))
                .setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("certificates.page.empty"));
    }

    private String certificateText(CertificateLine line) {
        CertificateDetails certificate = line.certificate();
        if (certificate == null) {
            return getTranslation("certificates.none");
        }
        return certificate.revoked() ? getTranslation("certificates.revoked-code", certificate.code()) : certificate.code();
    }

    /** Issue for who completed and holds none; PDF and, for the desk, revoke for a certificate that stands. */
    private Component actions(CertificateLine line) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(true);
        if (line.issuable() && sheet.finished()) {
            Button issue = new Button(getTranslation("certificates.issue"), e -> issue(line));
            issue.addClassName("issue");
            issue.addThemeVariants(ButtonVariant.LUMO_SMALL);
            actions.add(issue);
        }
        CertificateDetails certificate = line.certificate();
        if (certificate != null && !certificate.revoked()) {
            actions.add(download(certificate));
            if (mayRevoke) {
                Button revoke = new Button(getTranslation("certificates.revoke"), e -> {
                    revokeDialog = new RevokeCertificateDialog();
                    revokeDialog.start(certificate, reason -> revoke(certificate, reason));
                });
                revoke.addClassName("revoke");
                revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                actions.add(revoke);
            }
        }
        return actions;
    }

    private void issue(CertificateLine line) {
        Actions.attempt(() -> certificates.issue(sheet.cohortId(), line.memberId()), issued -> {
            Notifications.success(getTranslation("certificates.issued", issued.code()));
            reload();
        });
    }

    private void revoke(CertificateDetails certificate, String reason) {
        Actions.attempt(() -> certificates.revoke(certificate.id(), reason), revoked -> {
            revokeDialog.close();
            Notifications.success(getTranslation("certificates.revoked", revoked.code()));
            reload();
        });
    }

    private Anchor download(CertificateDetails certificate) {
        long id = certificate.id();
        Locale locale = language.getValue();
        String fileName = "certificado-" + certificate.code() + ".pdf";
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] pdf = certificates.pdf(id, locale);
            return new DownloadResponse(new ByteArrayInputStream(pdf), fileName, "application/pdf", pdf.length);
        }), AttachmentType.DOWNLOAD, getTranslation("certificates.download"));
        link.setDownload(true);
        link.addClassName("download");
        return link;
    }

    private void reload() {
        sheet = certificates.sheet(sheet.cohortId());
        show();
    }

    private void show() {
        title.setText(getTranslation("certificates.page.heading", sheet.courseTitle(), sheet.cohortName()));
        notFinished.setVisible(!sheet.finished());
        List<CertificateLine> lines = sheet.lines();
        issueAll.setEnabled(sheet.finished() && lines.stream().anyMatch(CertificateLine::issuable));
        grid.setItems(lines);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("certificates.page.title") + " · " + getTranslation("app.name");
    }
}
