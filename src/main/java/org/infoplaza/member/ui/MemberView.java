package org.infoplaza.member.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.infoplaza.centre.CentreOption;
import org.infoplaza.centre.CorregimientoOption;
import org.infoplaza.centre.DistrictOption;
import org.infoplaza.centre.GeographyService;
import java.util.stream.Collectors;
import org.infoplaza.layout.CentreContext;
import org.infoplaza.member.Activity;
import org.infoplaza.member.ConsentData;
import org.infoplaza.member.ConsentDetails;
import org.infoplaza.member.Eligibility;
import org.infoplaza.member.GuardianData;
import org.infoplaza.member.MemberActivity;
import org.infoplaza.member.MemberActivitySource;
import org.infoplaza.member.MemberDetails;
import org.infoplaza.member.MemberDocuments;
import org.infoplaza.member.MemberPrivacy;
import org.infoplaza.member.MemberRegistration;
import org.infoplaza.member.MemberRules;
import org.infoplaza.member.MemberService;
import org.infoplaza.security.CurrentUser;
import org.infoplaza.security.Role;
import org.infoplaza.shared.DomainException;
import org.infoplaza.shared.PanamaTime;
import org.infoplaza.shared.ui.Actions;
import org.infoplaza.shared.ui.Confirm;
import org.infoplaza.shared.ui.Dialogs;
import org.infoplaza.shared.ui.Messages;
import org.infoplaza.shared.ui.Notifications;
import org.springframework.beans.factory.ObjectProvider;

/**
 * One member's page: their data, the guardian of a minor, the consents with their state, and what the
 * desk does for them (rectify, record or revoke a consent, print the card and consent form). A minor who
 * cannot use a station or join a workshop today gets a banner that says why and how to fix it. A member
 * outside the staff member's centres is "not found", as a wrong number is.
 */
@Route("members/:memberId([0-9]{1,18})")
@RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME})
class MemberView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String MEMBER_ID = "memberId";
    /** How many of the newest activities the history shows. */
    static final int HISTORY_SIZE = 50;

    /** Export (access, portability) and, for administrators, anonymisation. */
    final HorizontalLayout privacyActions = new HorizontalLayout();
    final H2 title = new H2();
    final Div eligibilityBanner = new Div();
    final DescriptionList details = new DescriptionList();
    final H3 guardianTitle = new H3();
    final DescriptionList guardian = new DescriptionList();
    final Grid<ConsentDetails> consents = new Grid<>();
    /** Sessions and bookings (and whatever other features report), newest first. */
    final Grid<MemberActivity> history = new Grid<>();
    final Button edit = new Button();
    final Button recordConsent = new Button();
    final Button suspend = new Button();
    final Button liftSuspension = new Button();
    final SuspensionDialog suspensionDialog;
    final HorizontalLayout documentLinks = new HorizontalLayout();
    final Dialog editor = new Dialog();
    final RegistrationForm form;
    final ConsentDialog consentDialog;

    private final MemberService members;
    private final MemberDocuments documents;
    private final CentreContext centreContext;
    private final Clock clock;
    private final GeographyService geography;
    private final MemberPrivacy privacy;
    private final CurrentUser currentUser;
    private final ObjectProvider<MemberActivitySource> activitySources;
    private MemberDetails member;

    MemberView(MemberService members, MemberDocuments documents, CentreContext centreContext, Clock clock,
            GeographyService geography, MemberPrivacy privacy, CurrentUser currentUser,
            ObjectProvider<MemberActivitySource> activitySources) {
        this.activitySources = activitySources;
        this.privacy = privacy;
        this.currentUser = currentUser;
        this.members = members;
        this.documents = documents;
        this.centreContext = centreContext;
        this.clock = clock;
        this.geography = geography;
        this.form = new RegistrationForm(this::today, geography);
        this.consentDialog = new ConsentDialog(this::today);
        this.suspensionDialog = new SuspensionDialog(this::today);
        addClassName("member-view");
        RouterLink back = new RouterLink(getTranslation("member.page.back"), MembersView.class);
        back.addClassName("back-link");
        privacyActions.addClassName("privacy-actions");
        add(back, privacyActions, title, eligibilityBanner, createActions(), details, guardianTitle, guardian,
                createConsentsSection(), createHistorySection());
        configureBanner();
        configureEditor();
        Dialogs.attachWhileOpen(this, editor);
        Dialogs.attachWhileOpen(this, consentDialog);
        Dialogs.attachWhileOpen(this, suspensionDialog);
        consentDialog.addSaveListener(this::record);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = event.getRouteParameters().getLong(MEMBER_ID);
        try {
            member = members.get(id.orElseThrow(org.infoplaza.shared.NotFoundException::new));
        } catch (org.infoplaza.shared.NotFoundException unknownOrOutOfScope) {
            // Same answer for an unknown number and a member of another centre: existence does not leak.
            event.rerouteToError(NotFoundException.class, getTranslation("error.not-found"));
            return;
        }
        show();
    }

    private Component createActions() {
        edit.setText(getTranslation("action.edit"));
        edit.setIcon(new Icon(VaadinIcon.EDIT));
        edit.addClickListener(e -> openEditor());
        recordConsent.setText(getTranslation("member.consent.record"));
        recordConsent.setIcon(new Icon(VaadinIcon.PLUS));
        recordConsent.addClickListener(e -> consentDialog.start(member, MemberRules.isMinorOn(member.dateOfBirth(), today())));
        suspend.setText(getTranslation("member.suspension.action"));
        suspend.setIcon(new Icon(VaadinIcon.BAN));
        suspend.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        suspend.addClickListener(e -> suspensionDialog.start(this::suspend));
        liftSuspension.setText(getTranslation("member.suspension.lift"));
        liftSuspension.setIcon(new Icon(VaadinIcon.UNLOCK));
        liftSuspension.addClickListener(e -> Confirm.destructive(getTranslation("member.suspension.lift.title"),
                getTranslation("member.suspension.lift.text"), getTranslation("member.suspension.lift"),
                () -> Actions.attempt(() -> members.liftSuspension(member.id()), lifted -> {
                    Notifications.success(getTranslation("member.suspension.lifted"));
                    reload();
                })).open());
        HorizontalLayout actions = new HorizontalLayout(edit, recordConsent, suspend, liftSuspension, documentLinks);
        actions.setAlignItems(Alignment.CENTER);
        actions.setWrap(true);
        return actions;
    }

    private Component createConsentsSection() {
        H3 heading = new H3(getTranslation("member.page.consents"));
        Locale locale = getLocale();
        consents.addColumn(c -> getTranslation("member.consent.purpose." + c.purpose().name()))
                .setHeader(getTranslation("member.consent.purpose")).setKey("purpose").setAutoWidth(true);
        consents.addColumn(c -> getTranslation("member.consent.party." + c.givenBy().name()))
                .setHeader(getTranslation("member.consent.party")).setKey("givenBy").setAutoWidth(true);
        consents.addColumn(c -> PanamaTime.dateFormat(locale).format(c.grantedAt()))
                .setHeader(getTranslation("member.consent.date")).setKey("grantedAt").setAutoWidth(true);
        consents.addColumn(c -> getTranslation("member.consent.channel." + c.channel().name()))
                .setHeader(getTranslation("member.consent.how")).setKey("channel").setAutoWidth(true);
        consents.addColumn(ConsentDetails::textVersion).setHeader(getTranslation("member.consent.text-version"))
                .setKey("textVersion").setAutoWidth(true);
        consents.addColumn(c -> getTranslation(c.minorAssent() ? "member.yes" : "member.no"))
                .setHeader(getTranslation("member.consent.assent.short")).setKey("assent").setAutoWidth(true);
        consents.addComponentColumn(this::consentState).setHeader(getTranslation("member.consent.state"))
                .setKey("state").setAutoWidth(true);
        consents.addComponentColumn(this::revokeButton).setHeader(getTranslation("grid.actions"))
                .setKey("revoke").setAutoWidth(true).setFlexGrow(0);
        consents.setAllRowsVisible(true);
        consents.setEmptyStateText(getTranslation("member.consent.none"));
        VerticalLayout section = new VerticalLayout(heading, consents);
        section.setPadding(false);
        return section;
    }

    private Component createHistorySection() {
        H3 heading = new H3(getTranslation("member.history"));
        Locale locale = getLocale();
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", locale);
        history.addColumn(a -> PanamaTime.dateFormat(locale).format(a.start()))
                .setHeader(getTranslation("member.history.date")).setKey("date").setAutoWidth(true);
        history.addColumn(a -> time.format(a.start()) + (a.end() == null ? "" : "–" + time.format(a.end())))
                .setHeader(getTranslation("member.history.time")).setKey("time").setAutoWidth(true);
        history.addColumn(MemberActivity::centre).setHeader(getTranslation("member.history.centre"))
                .setKey("centre").setAutoWidth(true);
        history.addColumn(MemberActivity::place).setHeader(getTranslation("member.history.place"))
                .setKey("place").setAutoWidth(true);
        history.addColumn(a -> getTranslation(a.kindKey())).setHeader(getTranslation("member.history.kind"))
                .setKey("kind").setAutoWidth(true);
        history.addColumn(a -> getTranslation(a.statusKey())).setHeader(getTranslation("member.history.status"))
                .setKey("status").setAutoWidth(true);
        history.addColumn(a -> a.purposeKey() == null ? "—" : getTranslation(a.purposeKey()))
                .setHeader(getTranslation("member.history.purpose")).setKey("purpose").setAutoWidth(true);
        history.setAllRowsVisible(true);
        history.setEmptyStateText(getTranslation("member.history.none"));
        VerticalLayout section = new VerticalLayout(heading, history);
        section.setPadding(false);
        return section;
    }

    /** The newest {@value #HISTORY_SIZE} activities any feature reports; none when no feature does. */
    private void showHistory() {
        long memberId = member.id();
        history.setItems(activitySources.orderedStream()
                .flatMap(source -> source.activityOf(memberId, HISTORY_SIZE).stream())
                .sorted(Comparator.comparing(MemberActivity::start).reversed())
                .limit(HISTORY_SIZE)
                .toList());
    }

    private void configureBanner() {
        eligibilityBanner.addClassName("eligibility-banner");
        eligibilityBanner.getElement().setAttribute("role", "alert");
        eligibilityBanner.getStyle().set("background", "var(--lumo-error-color-10pct)")
                .set("color", "var(--lumo-error-text-color)").set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border-radius", "var(--lumo-border-radius-m)");
    }

    private void configureEditor() {
        editor.setHeaderTitle(getTranslation("member.edit.title"));
        editor.setWidth("min(48rem, 95vw)");
        editor.add(form);
        form.addSaveListener(e -> save(e.data()));
        form.addCancelListener(e -> editor.close());
    }

    private void show() {
        LocalDate today = today();
        boolean minor = MemberRules.isMinorOn(member.dateOfBirth(), today);
        title.setText(getTranslation("member.page.title", member.givenNames() + " " + member.surnames(),
                member.memberNumber()));
        showDetails(today);
        showGuardian(minor);
        showEligibility(today);
        consents.setItems(member.consents().reversed());
        showHistory();
        privacyActions.removeAll();
        // After anonymisation the member can no longer be opened: back to the list.
        privacyActions.add(new PrivacyActions(member.id(), member.memberNumber(), privacy, currentUser,
                () -> getUI().ifPresent(ui -> ui.navigate(MembersView.class))));
        documentLinks.removeAll();
        documentLinks.add(download("carnet-" + member.memberNumber() + ".pdf", "member.card",
                id -> documents.memberCard(id, getLocale())));
        if (minor) {
            documentLinks.add(download("consentimiento-" + member.memberNumber() + ".pdf", "member.consent-form",
                    id -> documents.consentForm(id, getLocale())));
        }
    }

    private void showDetails(LocalDate today) {
        Locale locale = getLocale();
        details.removeAll();
        row(details, "member.number", member.memberNumber());
        row(details, "member.name", member.givenNames() + " " + member.surnames());
        row(details, "member.age", String.valueOf(MemberRules.ageOn(member.dateOfBirth(), today)));
        row(details, "member.birth-date", PanamaTime.dateFormat(locale).format(member.dateOfBirth()));
        row(details, "member.sex", getTranslation("member.sex." + member.sex().name()));
        row(details, "member.id-type", getTranslation("member.id-type." + member.idType().name())
                + (member.idNumber() == null ? "" : " " + member.idNumber()));
        row(details, "member.phone", member.phone());
        row(details, "member.email", member.email());
        row(details, "member.language", "en".equals(member.preferredLanguage()) ? "English" : "Español");
        if (member.schoolStatus() != null || member.schoolGrade() != null) {
            row(details, "member.school-status", join(member.schoolStatus() == null ? null
                    : getTranslation("member.school-status." + member.schoolStatus().name()), member.schoolGrade()));
        }
        if (member.occupationStatus() != null) {
            row(details, "member.occupation", getTranslation("member.occupation." + member.occupationStatus().name()));
        }
        row(details, "member.page.residence", join(member.community(), join(
                member.corregimientoId() == null ? null : geography.corregimiento(member.corregimientoId())
                        .map(CorregimientoOption::name).orElse(null),
                member.municipalityId() == null ? null : geography.district(member.municipalityId())
                        .map(DistrictOption::name).orElse(null))));
        if (!member.ethnicity().isEmpty()) {
            row(details, "member.ethnicity", member.ethnicity().stream()
                    .map(e -> getTranslation("member.ethnicity." + e.name())).sorted().collect(Collectors.joining(", ")));
        }
        if (member.disability() != null) {
            row(details, "member.disability", getTranslation("member.disability." + member.disability().name()));
        }
        row(details, "member.home-centre", homeCentre().map(CentreOption::label).orElse(""));
        row(details, "member.page.registered", getTranslation("member.page.registered.value",
                PanamaTime.dateTimeFormat(locale).format(member.registeredAt()), member.registeredBy()));
    }

    private void showGuardian(boolean minor) {
        GuardianData data = member.guardian();
        boolean shown = minor && data != null;
        guardianTitle.setVisible(shown);
        guardian.setVisible(shown);
        guardian.removeAll();
        if (shown) {
            guardianTitle.setText(getTranslation("member.page.guardian"));
            row(guardian, "member.guardian.name", data.name());
            row(guardian, "member.guardian.relationship", data.relationship());
            row(guardian, "member.guardian.phone", data.phone());
            row(guardian, "member.guardian.email", data.email());
        }
    }

    /** A minor who cannot book a station or enroll in a workshop today is flagged at the top, with why. */
    private void showEligibility(LocalDate today) {
        eligibilityBanner.removeAll();
        List<String> reasons = new ArrayList<>();
        // Minors need their guardian's consents; anyone can be suspended or withdraw their own consent.
        for (Activity activity : Activity.values()) {
            Eligibility eligibility = members.eligibility(member.id(), activity, today);
            if (!eligibility.allowed()) {
                String reason = Messages.translate(eligibility.refusalKey(), eligibility.arguments().toArray());
                if (!reasons.contains(reason)) {
                    reasons.add(reason);
                }
            }
        }
        if (member.suspendedOn(today)) {
            reasons.add(getTranslation("member.suspension.why", member.suspensionReason()));
        }
        suspend.setVisible(!member.suspendedOn(today));
        liftSuspension.setVisible(member.suspendedOn(today));
        reasons.forEach(reason -> eligibilityBanner.add(new Paragraph(reason)));
        eligibilityBanner.setVisible(!reasons.isEmpty());
    }

    private Component consentState(ConsentDetails consent) {
        Locale locale = getLocale();
        LocalDate today = today();
        String text;
        String theme;
        if (consent.revokedAt() != null) {
            text = getTranslation("member.consent.state.revoked",
                    PanamaTime.dateFormat(locale).format(consent.revokedAt().atZone(PanamaTime.ZONE)));
            theme = "badge error";
        } else if (consent.validOn(today)) {
            text = getTranslation("member.consent.state.valid-until", PanamaTime.dateFormat(locale).format(consent.expiresOn()));
            theme = "badge success";
        } else if (today.isBefore(consent.grantedAt())) {
            text = getTranslation("member.consent.state.future", PanamaTime.dateFormat(locale).format(consent.grantedAt()));
            theme = "badge";
        } else {
            text = getTranslation("member.consent.state.expired", PanamaTime.dateFormat(locale).format(consent.expiresOn()));
            theme = "badge contrast";
        }
        Span badge = new Span(text);
        badge.getElement().getThemeList().add(theme);
        return badge;
    }

    /** Revoking works per purpose, so the button sits on the rows that still count. */
    private Component revokeButton(ConsentDetails consent) {
        if (consent.revokedAt() != null || !consent.validOn(today())) {
            return new Span();
        }
        Button revoke = new Button(getTranslation("member.consent.revoke"));
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        revoke.addClickListener(e -> confirmRevoke(consent));
        return revoke;
    }

    void confirmRevoke(ConsentDetails consent) {
        String purpose = getTranslation("member.consent.purpose." + consent.purpose().name());
        Confirm.destructive(getTranslation("member.consent.revoke.title", purpose),
                getTranslation("member.consent.revoke.text", purpose, member.givenNames() + " " + member.surnames()),
                getTranslation("member.consent.revoke"),
                () -> Actions.attempt(() -> members.revokeConsent(member.id(), consent.purpose()), () -> {
                    Notifications.success(getTranslation("member.consent.revoked", purpose));
                    reload();
                }));
    }

    private void suspend(LocalDate until, String reason) {
        try {
            members.suspend(member.id(), until, reason);
            suspensionDialog.close();
            Notifications.success(getTranslation("member.suspension.done",
                    PanamaTime.dateFormat(getLocale()).format(until)));
            reload();
        } catch (DomainException refusal) {
            Notifications.refused(refusal);
        }
    }

    private void record(ConsentDialog.SaveEvent event) {
        ConsentData data = event.data();
        try {
            members.recordConsent(member.id(), data);
            consentDialog.close();
            Notifications.success(getTranslation("member.consent.recorded",
                    getTranslation("member.consent.purpose." + data.purpose().name())));
            reload();
        } catch (DomainException refusal) {
            consentDialog.showRefusal(refusal);
        } catch (ConstraintViolationException invalid) {
            Notifications.invalid(invalid);
        }
    }

    private void openEditor() {
        form.edit(member, homeCentre().orElseGet(() -> new CentreOption(member.homeCentreId(), "", "")));
        editor.open();
        form.givenNames.focus();
    }

    private void save(MemberRegistration data) {
        try {
            members.update(member.id(), member.version(), data);
            editor.close();
            Notifications.success(getTranslation("member.updated", data.givenNames() + " " + data.surnames()));
            reload();
        } catch (DomainException refusal) {
            String message = getTranslation(refusal.messageKey(), refusal.arguments());
            switch (refusal.messageKey()) {
                case "member.birth-date.future", "member.birth-date.too-old" -> form.showError(form.dateOfBirth, message);
                case "member.guardian.required" -> form.showError(form.guardianName, message);
                case "member.id-number.taken" -> form.showError(form.idNumber, message);
                case "error.concurrent-edit" -> Notifications.refused(new DomainException("member.concurrent-edit"));
                default -> Notifications.refused(refusal);
            }
        } catch (ConstraintViolationException invalid) {
            Notifications.invalid(invalid);
        }
    }

    private void reload() {
        member = members.get(member.id());
        show();
    }

    private Optional<CentreOption> homeCentre() {
        return centreContext.options().stream().filter(o -> o.id() == member.homeCentreId()).findFirst();
    }

    private Anchor download(String fileName, String textKey, Function<Long, byte[]> pdf) {
        long memberId = member.id();
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = pdf.apply(memberId);
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, "application/pdf", bytes.length);
        }), AttachmentType.DOWNLOAD, getTranslation(textKey));
        link.setDownload(true);
        link.addClassName(textKey.replace('.', '-'));
        return link;
    }

    private void row(DescriptionList list, String labelKey, String value) {
        list.add(new DescriptionList.Term(getTranslation(labelKey)),
                new DescriptionList.Description(value == null || value.isBlank() ? "—" : value));
    }

    private static String join(String first, String second) {
        if (first == null || first.isBlank()) {
            return second;
        }
        return second == null || second.isBlank() ? first : first + ", " + second;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    @Override
    public String getPageTitle() {
        // The number, not the name: tab titles end up in browser history.
        return member == null ? getTranslation("nav.members") : getTranslation("member.page.tab", member.memberNumber());
    }
}
