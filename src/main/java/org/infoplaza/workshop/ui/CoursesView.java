package org.infoplaza.workshop.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
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
import org.infoplaza.shared.ui.Actions;
import org.infoplaza.shared.ui.Confirm;
import org.infoplaza.shared.ui.Dialogs;
import org.infoplaza.shared.ui.Messages;
import org.infoplaza.shared.ui.Notifications;
import org.infoplaza.workshop.CourseData;
import org.infoplaza.workshop.CourseDetails;
import org.infoplaza.workshop.CourseService;

/**
 * The course catalogue shared by every centre. Administrators and facilitators add and edit courses and
 * retire or restore them; operators read them. The catalogue is small (tens of courses), so it is listed
 * whole.
 */
@Route("courses")
@Menu(order = 14, title = "cohorts.nav.courses", icon = "vaadin:book")
@RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME, Role.FACILITATOR_NAME})
class CoursesView extends VerticalLayout implements HasDynamicTitle {

    final Checkbox includeRetired = new Checkbox();
    final Button addCourse = new Button();
    final Grid<CourseDetails> grid = new Grid<>();
    final Dialog editor = new Dialog();
    final CourseForm form;

    private final CourseService courses;
    private final boolean editable;
    private Long editingId;

    CoursesView(CourseService courses, CurrentUser currentUser, jakarta.validation.Validator validator) {
        this.courses = courses;
        this.editable = currentUser.hasRole(Role.ADMIN) || currentUser.hasRole(Role.FACILITATOR);
        this.form = new CourseForm(validator);
        addClassName("courses-view");
        setSizeFull();
        add(createToolbar(), createGrid());
        configureEditor();
        Dialogs.attachWhileOpen(this, editor);
        refresh();
    }

    private Component createToolbar() {
        includeRetired.setLabel(getTranslation("cohorts.course.include-retired"));
        includeRetired.addValueChangeListener(e -> refresh());
        addCourse.setText(getTranslation("cohorts.course.add"));
        addCourse.setIcon(new Icon(VaadinIcon.PLUS));
        addCourse.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addCourse.setVisible(editable);
        addCourse.addClickListener(e -> openEditor(null, newCourse(), true));
        HorizontalLayout toolbar = new HorizontalLayout(addCourse, includeRetired);
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
        Button open = new Button(new Icon(editable ? VaadinIcon.EDIT : VaadinIcon.EYE),
                e -> openEditor(course.id(), course.toData(), editable));
        open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        open.setAriaLabel(getTranslation(editable ? "cohorts.course.edit" : "cohorts.course.view", course.title()));
        open.setTooltipText(open.getAriaLabel().orElse(null));
        actions.add(open);
        if (editable) {
            Button state = course.active()
                    ? new Button(getTranslation("cohorts.course.retire"), e -> confirmRetire(course))
                    : new Button(getTranslation("cohorts.course.restore"), e -> setActive(course, true));
            state.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            actions.add(state);
        }
        return actions;
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

    private void openEditor(Long courseId, CourseData data, boolean canEdit) {
        editingId = courseId;
        editor.setHeaderTitle(getTranslation(courseId == null ? "cohorts.course.add"
                : canEdit ? "cohorts.course.edit.title" : "cohorts.course.view.title"));
        form.edit(data, canEdit);
        editor.open();
        form.title.focus();
    }

    private void save(CourseData data) {
        try {
            CourseDetails saved = editingId == null ? courses.create(data) : courses.update(editingId, data);
            editor.close();
            Notifications.success(getTranslation("cohorts.course.saved", saved.title()));
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
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cohorts.nav.courses");
    }
}
