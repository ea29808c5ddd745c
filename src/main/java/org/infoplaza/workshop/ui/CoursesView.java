package org.infoplaza.workshop.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import java.math.BigDecimal;
import java.util.List;
import org.infoplaza.security.CurrentUser;
import org.infoplaza.security.Role;
import org.infoplaza.shared.DomainException;
import org.infoplaza.shared.PanamaTime;
import org.infoplaza.shared.ui.Actions;
import org.infoplaza.shared.ui.Confirm;
import org.infoplaza.shared.ui.Dialogs;
import org.infoplaza.shared.ui.Messages;
import org.infoplaza.shared.ui.Notifications;
import org.infoplaza.workshop.CourseData;
import org.infoplaza.workshop.CourseDetails;
import org.infoplaza.workshop.CourseProposalDetails;
import org.infoplaza.workshop.ProposalStatus;
import org.infoplaza.workshop.CourseService;

/**
 * The national course catalogue shared by every centre. The secretariat and administrators curate it: they
 * add and edit courses, retire or restore them, and accept (possibly after editing) or decline the courses
 * facilitators propose. Facilitators read the catalogue, propose courses and follow what became of their
 * proposals; operators read the catalogue. The catalogue is small (tens of courses), so it is listed whole.
 */
@Route("courses")
@Menu(order = 14, title = "cohorts.nav.courses", icon = "vaadin:book")
@RolesAllowed({Role.ADMIN_NAME, Role.SECRETARIAT_NAME, Role.OPERATOR_NAME, Role.FACILITATOR_NAME})
class CoursesView extends VerticalLayout implements HasDynamicTitle {

    /** What the editor's save does. */
    enum Mode { CREATE, EDIT, VIEW, PROPOSE, ACCEPT }

    final Checkbox includeRetired = new Checkbox();
    final Button addCourse = new Button();
    final Button proposeCourse = new Button();
    final Grid<CourseDetails> grid = new Grid<>();
    final H2 proposalsTitle = new H2();
    final Grid<CourseProposalDetails> proposals = new Grid<>();
    final Dialog editor = new Dialog();
    final CourseForm form;
    final Dialog declineDialog = new Dialog();
    final TextArea declineReason = new TextArea();
    final Button declineConfirm = new Button();

    private final CourseService courses;
    /** The secretariat and administrators: they write the catalogue and decide on proposals. */
    private final boolean curator;
    private final boolean facilitator;
    private Mode mode = Mode.VIEW;
    private Long editingId;
    private CourseProposalDetails declining;

    CoursesView(CourseService courses, CurrentUser currentUser, jakarta.validation.Validator validator) {
        this.courses = courses;
        this.curator = currentUser.hasRole(Role.ADMIN) || currentUser.hasRole(Role.SECRETARIAT);
        this.facilitator = currentUser.hasRole(Role.FACILITATOR);
        this.form = new CourseForm(validator);
        addClassName("courses-view");
        setSizeFull();
        add(createToolbar(), createGrid());
        if (curator || facilitator) {
            add(createProposals());
        }
        configureEditor();
        configureDeclineDialog();
        Dialogs.attachWhileOpen(this, editor);
        Dialogs.attachWhileOpen(this, declineDialog);
        refresh();
    }

    private Component createToolbar() {
        includeRetired.setLabel(getTranslation("cohorts.course.include-retired"));
        includeRetired.addValueChangeListener(e -> refresh());
        addCourse.setText(getTranslation("cohorts.course.add"));
        addCourse.setIcon(new Icon(VaadinIcon.PLUS));
        addCourse.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addCourse.setVisible(curator);
        addCourse.addClickListener(e -> openEditor(null, newCourse(), Mode.CREATE));
        proposeCourse.setText(getTranslation("cohorts.proposal.propose"));
        proposeCourse.setIcon(new Icon(VaadinIcon.LIGHTBULB));
        proposeCourse.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        proposeCourse.setVisible(facilitator);
        proposeCourse.addClickListener(e -> openEditor(null, newCourse(), Mode.PROPOSE));
        HorizontalLayout toolbar = new HorizontalLayout(addCourse, proposeCourse, includeRetired);
        toolbar.setAlignItems(Alignment.CENTER);
        toolbar.addClassName("toolbar");
        toolbar.setWrap(true);
        return toolbar;
    }

    private Component createGrid() {
        grid.addClassName("courses-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.addColumn(CourseDetails::title).setHeader(getTranslation("cohorts.course.title")).setKey("title")
                .setSortable(true).setFlexGrow(2).setFrozen(true);
        grid.addColumn(c -> Labels.track(c.track()))
                .setHeader(getTranslation("cohorts.course.track")).setKey("track").setSortable(true).setAutoWidth(true);
        grid.addColumn(this::ages).setHeader(getTranslation("cohorts.course.ages")).setKey("ages").setAutoWidth(true);
        grid.addColumn(c -> getTranslation("cohorts.course.sessions-hours", c.plannedSessions(), hours(c.plannedHours())))
                .setHeader(getTranslation("cohorts.course.sessions-hours.header")).setKey("sessions").setAutoWidth(true);
        grid.addColumn(c -> c.completionThreshold() + " %").setHeader(getTranslation("cohorts.course.threshold"))
                .setKey("threshold").setAutoWidth(true);
        grid.addColumn(c -> getTranslation(c.usesComputerRoom() ? "cohorts.yes" : "cohorts.no"))
                .setHeader(getTranslation("cohorts.course.computer-room.short")).setKey("room").setAutoWidth(true);
        grid.addComponentColumn(this::activeBadge).setHeader(getTranslation("cohorts.course.state")).setKey("active")
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("cohorts.actions")).setKey("actions")
                .setAutoWidth(true).setFlexGrow(0).setFrozenToEnd(true);
        grid.setEmptyStateText(getTranslation("cohorts.course.empty"));
        return grid;
    }

    private String ages(CourseDetails course) {
        if (course.minAge() == null && course.maxAge() == null) {
            return getTranslation("cohorts.ages.any");
        }
        if (course.minAge() == null) {
            return getTranslation("cohorts.ages.up-to", course.maxAge());
        }
        if (course.maxAge() == null) {
            return getTranslation("cohorts.ages.from", course.minAge());
        }
        return getTranslation("cohorts.ages.between", course.minAge(), course.maxAge());
    }

    private static String hours(BigDecimal hours) {
        return hours.stripTrailingZeros().toPlainString();
    }

    private Component activeBadge(CourseDetails course) {
        Span badge = new Span(getTranslation(course.active() ? "cohorts.course.active" : "cohorts.course.retired"));
        badge.getElement().getThemeList().add(course.active() ? "badge success" : "badge contrast");
        return badge;
    }

    private Component actions(CourseDetails course) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        Button open = new Button(new Icon(curator ? VaadinIcon.EDIT : VaadinIcon.EYE),
                e -> openEditor(course.id(), course.toData(), curator ? Mode.EDIT : Mode.VIEW));
        open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        open.setAriaLabel(getTranslation(curator ? "cohorts.course.edit" : "cohorts.course.view", course.title()));
        open.setTooltipText(open.getAriaLabel().orElse(null));
        actions.add(open);
        if (curator) {
            Button state = course.active()
                    ? new Button(getTranslation("cohorts.course.retire"), e -> confirmRetire(course))
                    : new Button(getTranslation("cohorts.course.restore"), e -> setActive(course, true));
            state.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            actions.add(state);
        }
        return actions;
    }

    /**
     * Proposals: a curator sees all, newest first, and reviews the pending ones (accept, after editing if
     * needed, or decline with a reason); a facilitator sees their own and what became of them.
     */
    private Component createProposals() {
        proposalsTitle.setText(getTranslation(curator ? "cohorts.proposal.title" : "cohorts.proposal.title.own"));
        proposals.addClassName("course-proposals-grid");
        proposals.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        proposals.setAllRowsVisible(true);
        proposals.addColumn(p -> p.course().title()).setHeader(getTranslation("cohorts.course.title")).setKey("title")
                .setFlexGrow(2);
        proposals.addColumn(p -> Labels.track(p.course().track())).setHeader(getTranslation("cohorts.course.track"))
                .setKey("track").setAutoWidth(true);
        if (curator) {
            proposals.addColumn(CourseProposalDetails::proposedByName).setHeader(getTranslation("cohorts.proposal.by"))
                    .setKey("by").setAutoWidth(true);
        }
        proposals.addColumn(p -> PanamaTime.dateFormat(getLocale()).format(p.proposedAt().atZone(PanamaTime.ZONE)))
                .setHeader(getTranslation("cohorts.proposal.on")).setKey("on").setAutoWidth(true);
        proposals.addColumn(this::decision).setHeader(getTranslation("cohorts.proposal.status")).setKey("status")
                .setFlexGrow(2);
        proposals.addComponentColumn(this::proposalActions).setHeader(getTranslation("cohorts.actions"))
                .setKey("actions").setAutoWidth(true).setFlexGrow(0);
        proposals.setEmptyStateText(getTranslation("cohorts.proposal.empty"));
        VerticalLayout section = new VerticalLayout(proposalsTitle, proposals);
        section.setPadding(false);
        return section;
    }

    private String decision(CourseProposalDetails proposal) {
        return switch (proposal.status()) {
            case PENDING -> getTranslation("cohorts.proposal.status.PENDING");
            case ACCEPTED -> getTranslation("cohorts.proposal.status.ACCEPTED");
            case DECLINED -> getTranslation("cohorts.proposal.status.DECLINED", proposal.declineReason());
        };
    }

    private Component proposalActions(CourseProposalDetails proposal) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        boolean review = curator && proposal.status() == ProposalStatus.PENDING;
        Button open = new Button(getTranslation(review ? "cohorts.proposal.review" : "cohorts.proposal.view"),
                e -> openEditor(proposal.id(), proposal.course(), review ? Mode.ACCEPT : Mode.VIEW));
        open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        actions.add(open);
        if (review) {
            Button decline = new Button(getTranslation("cohorts.proposal.decline"), e -> openDecline(proposal));
            decline.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            actions.add(decline);
        }
        return actions;
    }

    private void configureDeclineDialog() {
        declineReason.setLabel(getTranslation("cohorts.proposal.decline.reason"));
        declineReason.setWidthFull();
        declineReason.setMaxLength(300);
        declineConfirm.setText(getTranslation("cohorts.proposal.decline"));
        declineConfirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        declineConfirm.addClickListener(e -> decline());
        declineDialog.add(declineReason);
        declineDialog.setWidth("min(32rem, 95vw)");
        declineDialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> declineDialog.close()),
                declineConfirm);
    }

    private void openDecline(CourseProposalDetails proposal) {
        declining = proposal;
        declineDialog.setHeaderTitle(getTranslation("cohorts.proposal.decline.title", proposal.course().title()));
        declineReason.clear();
        declineReason.setInvalid(false);
        declineDialog.open();
        declineReason.focus();
    }

    private void decline() {
        try {
            CourseProposalDetails saved = courses.decline(declining.id(), declining.version(), declineReason.getValue());
            declineDialog.close();
            Notifications.success(getTranslation("cohorts.proposal.declined", saved.course().title()));
            refresh();
        } catch (DomainException refusal) {
            if (refusal.messageKey().equals("workshop.proposal.reason.required")) {
                declineReason.setErrorMessage(Messages.translate(refusal.messageKey(), refusal.arguments()));
                declineReason.setInvalid(true);
            } else {
                Notifications.refused(refusal);
            }
        }
    }

    private void configureEditor() {
        editor.add(form);
        editor.setWidth("min(48rem, 95vw)");
        form.addSaveListener(e -> save(e.data()));
        form.addCancelListener(e -> editor.close());
    }

    private static CourseData newCourse() {
        return new CourseData("", null, null, null, null, 1, null, CourseData.DEFAULT_THRESHOLD, false, List.of(), 0);
    }

    /** {@code id} is the course's, or the proposal's in {@link Mode#ACCEPT} (and when viewing a proposal). */
    private void openEditor(Long id, CourseData data, Mode mode) {
        this.mode = mode;
        editingId = id;
        editor.setHeaderTitle(switch (mode) {
            case CREATE -> getTranslation("cohorts.course.add");
            case EDIT -> getTranslation("cohorts.course.edit.title");
            case VIEW -> getTranslation("cohorts.course.view.title");
            case PROPOSE -> getTranslation("cohorts.proposal.propose");
            case ACCEPT -> getTranslation("cohorts.proposal.review.title");
        });
        form.edit(data, mode != Mode.VIEW);
        form.save.setText(switch (mode) {
            case PROPOSE -> getTranslation("cohorts.proposal.send");
            case ACCEPT -> getTranslation("cohorts.proposal.accept");
            default -> getTranslation("action.save");
        });
        editor.open();
        form.title.focus();
    }

    private void save(CourseData data) {
        try {
            String message = switch (mode) {
                case CREATE -> getTranslation("cohorts.course.saved", courses.create(data).title());
                case EDIT -> getTranslation("cohorts.course.saved", courses.update(editingId, data).title());
                case PROPOSE -> getTranslation("cohorts.proposal.sent", courses.propose(data).course().title());
                case ACCEPT -> getTranslation("cohorts.proposal.accepted", courses.accept(editingId, data).title());
                case VIEW -> throw new IllegalStateException("Nothing to save when only viewing");
            };
            editor.close();
            Notifications.success(message);
            refresh();
        } catch (DomainException refusal) {
            if (!form.showRefusal(refusal.messageKey(), Messages.translate(refusal.messageKey(), refusal.arguments()))) {
                Notifications.refused(refusal);
            }
        } catch (ConstraintViolationException invalid) {
            Notifications.invalid(invalid);
        }
    }

    private void confirmRetire(CourseDetails course) {
        Confirm.destructive(getTranslation("cohorts.course.retire.title", course.title()),
                getTranslation("cohorts.course.retire.text"), getTranslation("cohorts.course.retire"),
                () -> setActive(course, false));
    }

    private void setActive(CourseDetails course, boolean active) {
        Actions.attempt(() -> courses.setActive(course.id(), course.version(), active), saved -> {
            Notifications.success(getTranslation(active ? "cohorts.course.restored" : "cohorts.course.retired.done",
                    saved.title()));
            refresh();
        });
    }

    private void refresh() {
        grid.setItems(courses.list(includeRetired.getValue()));
        if (curator || facilitator) {
            proposals.setItems(courses.proposals());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cohorts.nav.courses");
    }
}
