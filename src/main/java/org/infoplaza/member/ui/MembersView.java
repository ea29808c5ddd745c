package org.infoplaza.member.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.KeyDownEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.Optional;
import java.util.stream.Collectors;
import org.infoplaza.centre.CentreOption;
import org.infoplaza.centre.GeographyService;
import org.infoplaza.layout.CentreContext;
import org.infoplaza.member.AgeBand;
import org.infoplaza.member.DuplicateSuspected;
import org.infoplaza.member.MemberDetails;
import org.infoplaza.member.MemberDocuments;
import org.infoplaza.member.MemberFilter;
import org.infoplaza.member.MemberRegistration;
import org.infoplaza.member.MemberService;
import org.infoplaza.member.MemberSummary;
import org.infoplaza.member.finder.MemberFinder;
import org.infoplaza.security.Role;
import org.infoplaza.shared.DomainException;
import org.infoplaza.shared.ui.Dialogs;
import org.infoplaza.shared.ui.Notifications;
import org.infoplaza.shared.ui.Paging;
import org.infoplaza.shared.ui.SearchField;
import org.springframework.data.domain.Sort;

/**
 * The members of the staff member's centres: one search box (name, member number or document) and filters
 * by age band, centre and consent over a lazy grid, and fast registration. A member of another centre shows up only when their exact number is
 * typed, for visits, and then only with what the visit needs: number, name, age band and whether they may use
 * a station or join a workshop today (see {@link MemberSummary#visitor()}).
 */
@Route("members")
@Menu(order = 10, title = "nav.members", icon = "vaadin:users")
@RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME})
class MembersView extends VerticalLayout implements HasDynamicTitle {

    static final int COUNT_LIMIT = 1000;

    final TextField search = new SearchField();
    final ComboBox<AgeBand> ageBand = new ComboBox<>();
    final ComboBox<CentreOption> centre = new ComboBox<>();
    final ComboBox<MemberFilter.ConsentStatus> consent = new ComboBox<>();
    final Span matches = new Span();
    final Button register = new Button();
    final Grid<MemberSummary> grid = new Grid<>();
    final Dialog editor = new Dialog();
    final RegistrationForm form;
    final DuplicateDialog duplicateDialog = new DuplicateDialog();

    private final MemberService members;
    private final MemberDocuments documents;
    private final CentreContext centreContext;
    private final Clock clock;
    private final Map<Long, String> centreCodes;
    private MemberSummary focused;

    MembersView(MemberService members, MemberDocuments documents,
            CentreContext centreContext, Clock clock, GeographyService geography) {
        this.members = members;
        this.documents = documents;
        this.centreContext = centreContext;
        this.clock = clock;
        this.form = new RegistrationForm(() -> LocalDate.now(clock), geography);
        this.centreCodes = centreContext.options().stream()
                .collect(Collectors.toMap(CentreOption::id, CentreOption::code));
        addClassName("members-view");
        setSizeFull();
        add(createToolbar(), createGrid());
        configureEditor();
        Dialogs.attachWhileOpen(this, editor);
        Dialogs.attachWhileOpen(this, duplicateDialog);
        refresh();
    }

    private Component createToolbar() {
        search.setPlaceholder(getTranslation("member.search"));
        search.setWidth("min(28rem, 100%)");
        search.addValueChangeListener(e -> refresh());
        register.setText(getTranslation("member.register"));
        register.setIcon(new Icon(VaadinIcon.PLUS));
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        register.setEnabled(centreContext.currentId().isPresent());
        register.addClickListener(e -> openEditor());
        configureFilters();
        HorizontalLayout toolbar = new HorizontalLayout(search, ageBand, centre, consent, register, matches);
        toolbar.setAlignItems(Alignment.BASELINE);
        toolbar.addClassName("toolbar");
        toolbar.setWrap(true);
        return toolbar;
    }

    /** Filters combine with the search text; the centre list is the caller's centres (all, for an admin). */
    private void configureFilters() {
        ageBand.setItems(AgeBand.values());
        ageBand.setItemLabelGenerator(band -> getTranslation("member.filter.age-band." + band.name()));
        ageBand.setPlaceholder(getTranslation("member.filter.age-band"));
        ageBand.setAriaLabel(getTranslation("member.filter.age-band"));
        centre.setItems(centreContext.options());
        centre.setItemLabelGenerator(CentreOption::label);
        centre.setPlaceholder(getTranslation("member.filter.centre"));
        centre.setAriaLabel(getTranslation("member.filter.centre"));
        consent.setItems(MemberFilter.ConsentStatus.values());
        consent.setItemLabelGenerator(status -> getTranslation("member.filter.consent." + status.name()));
        consent.setPlaceholder(getTranslation("member.filter.consent"));
        consent.setAriaLabel(getTranslation("member.filter.consent"));
        for (ComboBox<?> filter : List.of(ageBand, centre, consent)) {
            filter.setClearButtonVisible(true);
            filter.setWidth("12rem");
            filter.addValueChangeListener(e -> refresh());
        }
        matches.addClassName("members-matches");
    }

    private Component createGrid() {
        grid.addClassName("members-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.addColumn(MemberSummary::memberNumber).setHeader(getTranslation("member.number")).setKey("number")
                .setSortProperty("memberNumber").setAutoWidth(true).setFlexGrow(0).setFrozen(true);
        grid.addColumn(MemberSummary::givenNames).setHeader(getTranslation("member.given-names")).setKey("givenNames")
                .setSortProperty("givenNames").setAutoWidth(true);
        grid.addColumn(MemberSummary::surnames).setHeader(getTranslation("member.surnames")).setKey("surnames")
                .setSortProperty("surnames").setAutoWidth(true);
        // What the member may do comes before the details, so a narrow screen still shows it.
        grid.addComponentColumn(this::statusBadge).setHeader(getTranslation("member.status")).setKey("status")
                .setWidth("16rem").setFlexGrow(0);
        grid.addColumn(m -> m.visitor() ? MemberFinder.ageBand(this, m) : String.valueOf(m.age()))
                .setHeader(getTranslation("member.age")).setKey("age").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(m -> m.visitor() ? getTranslation("member.visitor.centre") : centreCodes.getOrDefault(m.homeCentreId(), ""))
                .setHeader(getTranslation("member.home-centre")).setKey("centre").setAutoWidth(true);
        grid.addComponentColumn(this::documentLinks).setHeader(getTranslation("grid.documents"))
                .setKey("documents").setAutoWidth(true).setFlexGrow(0);
        // A click on a row, or Enter on the focused row, opens the member's page; the download links do not.
        grid.addItemClickListener(e -> {
            if (e.getColumn() == null || !"documents".equals(e.getColumn().getKey())) {
                openMember(e.getItem());
            }
        });
        grid.addCellFocusListener(e -> focused = e.getColumn().map(c -> "documents".equals(c.getKey())).orElse(false)
                ? null : e.getItem().orElse(null));
        ComponentUtil.addListener(grid, KeyDownEvent.class, e -> {
            if (focused != null && e.getKey().matches(Key.ENTER.getKeys().getFirst())) {
                openMember(focused);
            }
        });
        return grid;
    }

    /**
     * Links that download the member card and, for a minor, the consent form to print. Only for members of
     * the caller's own centres: a visitor from another centre found by number gets no documents here.
     */
    Component documentLinks(MemberSummary member) {
        HorizontalLayout links = new HorizontalLayout();
        links.setSpacing(true);
        if (!centreCodes.containsKey(member.homeCentreId())) {
            return links;
        }
        Locale locale = getLocale();
        links.add(download("carnet-" + member.memberNumber() + ".pdf", "member.card", "member.card.download",
                member, id -> documents.memberCard(id, locale)));
        if (member.minor()) {
            links.add(download("consentimiento-" + member.memberNumber() + ".pdf", "member.consent-form",
                    "member.consent-form.download", member, id -> documents.consentForm(id, locale)));
        }
        return links;
    }

    private Anchor download(String fileName, String textKey, String labelKey, MemberSummary member,
            Function<Long, byte[]> pdf) {
        long memberId = member.id();
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = pdf.apply(memberId);
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, "application/pdf", bytes.length);
        }), AttachmentType.DOWNLOAD, getTranslation(textKey));
        link.setDownload(true);
        link.getElement().setAttribute("aria-label", getTranslation(labelKey, member.fullName()));
        link.addClassName(textKey.replace('.', '-'));
        return link;
    }

    /**
     * What the member may do today, in words the desk acts on: stations, workshops, both or neither (and
     * why, when suspended), by the same rule the walk-in and the enrolment apply.
     */
    Component statusBadge(MemberSummary member) {
        if (member.visitor()) {
            return visitorBadge(member);
        }
        String key;
        String theme;
        if (member.suspended()) {
            key = "member.status.suspended";
            theme = "badge error";
        } else if (member.mayUseStations() && member.mayJoinWorkshops()) {
            key = "member.status.all";
            theme = "badge success";
        } else if (member.mayUseStations()) {
            key = "member.status.stations-only";
            theme = "badge contrast";
        } else if (member.mayJoinWorkshops()) {
            key = "member.status.workshops-only";
            theme = "badge contrast";
        } else {
            key = "member.status.none";
            theme = "badge error";
        }
        Span badge = new Span(getTranslation(key));
        badge.getElement().getThemeList().add(theme);
        badge.addClassName("member-status");
        // The longer sentences wrap inside the column instead of being cut off.
        badge.getStyle().set("white-space", "normal").set("line-height", "1.3");
        return badge;
    }

    /** For a member of another centre only yes or no: the reasons are for their own centre to see. */
    private Component visitorBadge(MemberSummary member) {
        Span badge = new Span(getTranslation("member.status.visitor",
                getTranslation(member.mayUseStations() ? "member.status.yes" : "member.status.no"),
                getTranslation(member.mayJoinWorkshops() ? "member.status.yes" : "member.status.no")));
        badge.getElement().getThemeList().add(member.mayUseStations() ? "badge contrast" : "badge error");
        badge.addClassName("member-status");
        badge.getStyle().set("white-space", "normal").set("line-height", "1.3");
        return badge;
    }

    private void configureEditor() {
        editor.setHeaderTitle(getTranslation("member.register.title"));
        editor.setWidth("min(48rem, 95vw)");
        editor.add(form);
        form.addSaveListener(e -> save(e.data()));
        form.addCancelListener(e -> editor.close());
    }

    private void openEditor() {
        Optional<CentreOption> current = centreContext.current();
        if (current.isEmpty()) {
            return;
        }
        form.start(centreContext.options(), current.get());
        editor.open();
        form.givenNames.focus();
    }

    private void save(MemberRegistration data) {
        try {
            MemberDetails saved = members.register(data);
            editor.close();
            Notifications.success(getTranslation("member.registered", saved.givenNames() + " " + saved.surnames(),
                    saved.memberNumber()));
            clearFilters();
            search.setValue(saved.memberNumber());
            refresh();
        } catch (DuplicateSuspected duplicate) {
            duplicateDialog.show(duplicate.candidates(), this::openExisting, () -> save(data.withIgnoreDuplicates()));
        } catch (DomainException refusal) {
            showRefusal(refusal);
        } catch (ConstraintViolationException invalid) {
            Notifications.invalid(invalid);
        }
    }

    private void openExisting(MemberSummary member) {
        editor.close();
        if (centreCodes.containsKey(member.homeCentreId())) {
            openMember(member);
        } else {
            clearFilters();
            search.setValue(member.memberNumber());
            refresh();
        }
    }

    /** The member page is only for members of the caller's centres; a visitor found by number stays a row. */
    void openMember(MemberSummary member) {
        if (centreCodes.containsKey(member.homeCentreId())) {
            UI.getCurrent().navigate(MemberView.class, new RouteParameters(MemberView.MEMBER_ID, String.valueOf(member.id())));
        }
    }

    private void showRefusal(DomainException refusal) {
        String message = getTranslation(refusal.messageKey(), refusal.arguments());
        switch (refusal.messageKey()) {
            case "member.birth-date.future", "member.birth-date.too-old" -> form.showError(form.dateOfBirth, message);
            case "member.guardian.required" -> form.showError(form.guardianName, message);
            case "member.consent.required", "member.consent.own-required" -> form.showError(form.consentChannel, message);
            case "member.id-number.taken" -> form.showError(form.idNumber, message);
            case "member.corregimiento.unknown" -> form.showError(form.residence, message);
            case "member.sensitive.consent-required", "member.sensitive.guardian-consent-required" ->
                    form.showError(form.sensitive.ethnicity, message);
            default -> Notifications.refused(refusal);
        }
    }

    private void clearFilters() {
        ageBand.clear();
        centre.clear();
        consent.clear();
    }

    private MemberFilter filter() {
        return new MemberFilter(search.getValue(), ageBand.getValue(),
                centre.getValue() == null ? null : centre.getValue().id(), consent.getValue());
    }

    /**
     * The grid pages through the results without knowing their number (each page tells whether another
     * follows); the label above counts only up to {@link #COUNT_LIMIT}, so a broad search stays fast.
     */
    private void refresh() {
        MemberFilter filter = filter();
        boolean filtered = !search.isEmpty() || !ageBand.isEmpty() || !centre.isEmpty() || !consent.isEmpty();
        long count;
        try {
            // Counting first looks the number up, so a mistyped or held-back look-up is said here, in place
            // of the rows, before the grid asks for them.
            count = members.count(filter, COUNT_LIMIT + 1);
        } catch (DomainException refusal) {
            String message = getTranslation(refusal.messageKey(), refusal.arguments());
            grid.setEmptyStateText(message);
            grid.setItems(List.of());
            matches.setText(message);
            return;
        }
        grid.setEmptyStateText(getTranslation(filtered ? "member.empty.no-match" : "member.empty"));
        grid.setItems(query -> members.search(filter, Paging.of(query, Sort.by("surnames", "givenNames"))).stream());
        matches.setText(count > COUNT_LIMIT ? getTranslation("member.matches.more", COUNT_LIMIT)
                : getTranslation("member.matches", count));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.members");
    }
}
