package org.infoplaza.workshop.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.infoplaza.centre.CentreOption;
import org.infoplaza.layout.CentreContext;
import org.infoplaza.security.CurrentUser;
import org.infoplaza.security.Role;
import org.infoplaza.shared.DomainException;
import org.infoplaza.shared.PanamaTime;
import org.infoplaza.shared.ui.Actions;
import org.infoplaza.shared.ui.DateFields;
import org.infoplaza.shared.ui.Messages;
import org.infoplaza.shared.ui.Notifications;
import org.infoplaza.shared.ui.TimeFields;
import org.infoplaza.staff.StaffOption;
import org.infoplaza.staff.StaffService;
import org.infoplaza.workshop.CohortData;
import org.infoplaza.workshop.CohortService;
import org.infoplaza.workshop.CourseDetails;
import org.infoplaza.workshop.CourseService;
import org.infoplaza.workshop.RoomClash;
import org.infoplaza.workshop.SessionPlan;
import org.infoplaza.workshop.SessionTime;
import org.infoplaza.workshop.WeeklyPattern;

/**
 * Opens a new cohort: the course, the centre, who runs it, how many places, when people may enrol, and a
 * weekly pattern. "Ver sesiones" shows the sessions the pattern gives, the days it skipped and why, and, for
 * a course in the computer room, the bookings the sessions would overlap (time and station only); single
 * sessions can be taken out before saving. Changing the pattern, course or centre discards the preview,
 * so what is saved is always what was shown.
 */
@Route(NewCohortView.ROUTE)
@RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME, Role.FACILITATOR_NAME})
class NewCohortView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "workshops/new";

    final ComboBox<CourseDetails> course = new ComboBox<>();
    final ComboBox<CentreOption> centre = new ComboBox<>();
    final TextField name = new TextField();
    final IntegerField capacity = new IntegerField();
    final DatePicker enrolmentOpens = new DatePicker();
    final DatePicker enrolmentCloses = new DatePicker();
    final MultiSelectComboBox<StaffOption> facilitators = new MultiSelectComboBox<>();
    final CheckboxGroup<DayOfWeek> days = new CheckboxGroup<>();
    final TimePicker start = new TimePicker();
    final TimePicker end = new TimePicker();
    final DatePicker firstDay = new DatePicker();
    final IntegerField weeks = new IntegerField();
    final Button preview = new Button();
    final Div previewSection = new Div();
    final Grid<SessionTime> sessions = new Grid<>();
    final Grid<SessionPlan.SkippedDay> skipped = new Grid<>();
    final Paragraph clashWarning = new Paragraph();
    final Grid<RoomClash> clashes = new Grid<>();
    final Button save = new Button();
    final Button cancel = new Button();

    private final CohortService cohorts;
    private final StaffService staff;
    private final CurrentUser currentUser;
    private final Binder<Model> binder = new Binder<>();
    private final List<SessionTime> planned = new ArrayList<>();
    private final DateTimeFormatter dateFormat;
    private final DateTimeFormatter timeFormat;
    private final Locale locale;
    private final H2 skippedTitle = new H2();
    private Binder.Binding<Model, CourseDetails> courseBinding;
    private Binder.Binding<Model, CentreOption> centreBinding;

    NewCohortView(CohortService cohorts, CourseService courses, StaffService staff, CentreContext centreContext,
            CurrentUser currentUser, Clock clock, jakarta.validation.Validator validator) {
        this.cohorts = cohorts;
        this.staff = staff;
        this.currentUser = currentUser;
        this.locale = getLocale();
        this.dateFormat = PanamaTime.dateFormat(locale);
        this.timeFormat = PanamaTime.timeFormat(locale);
        addClassName("new-cohort-view");
        LocalDate today = LocalDate.now(clock);
        configureCohortFields(courses.list(false), centreContext);
        configurePatternFields(today);
        bind(validator);
        add(new H2(getTranslation("cohorts.new.cohort")), createCohortForm(), new H2(getTranslation("cohorts.pattern")),
                createPatternForm(), createPreview(), createButtons());
        Model model = new Model();
        model.enrolmentOpens = today;
        model.enrolmentCloses = firstDay.getValue();
        binder.readBean(model);
        centreContext.current().ifPresent(centre::setValue);
        clearPreview();
    }

    private void configureCohortFields(List<CourseDetails> activeCourses, CentreContext centreContext) {
        course.setLabel(getTranslation("cohorts.course"));
        course.setItems(activeCourses);
        course.setItemLabelGenerator(CourseDetails::title);
        course.setWidthFull();
        List<CentreOption> options = centreContext.options();
        centre.setLabel(getTranslation("cohorts.centre"));
        centre.setItems(options);
        centre.setItemLabelGenerator(CentreOption::label);
        centre.setReadOnly(options.size() == 1);
        centre.addValueChangeListener(e -> loadFacilitators());
        name.setLabel(getTranslation("cohorts.name"));
        name.setHelperText(getTranslation("cohorts.name.helper"));
        name.setMaxLength(120);
        capacity.setLabel(getTranslation("cohorts.capacity"));
        capacity.setStepButtonsVisible(true);
        capacity.setMin(1);
        enrolmentOpens.setLabel(getTranslation("cohorts.enrolment-opens"));
        enrolmentCloses.setLabel(getTranslation("cohorts.enrolment-closes"));
        DateFields.panamanian(enrolmentOpens);
        DateFields.panamanian(enrolmentCloses);
        facilitators.setLabel(getTranslation("cohorts.facilitators"));
        facilitators.setItemLabelGenerator(StaffOption::displayName);
        facilitators.setWidthFull();
        if (currentUser.hasRole(Role.FACILITATOR)) {
            facilitators.setHelperText(getTranslation("cohorts.facilitators.helper-self"));
        }
    }

    private void configurePatternFields(LocalDate today) {
        days.setLabel(getTranslation("cohorts.pattern.days"));
        days.setItems(DayOfWeek.values());
        days.setItemLabelGenerator(this::weekday);
        start.setLabel(getTranslation("cohorts.pattern.start"));
        end.setLabel(getTranslation("cohorts.pattern.end"));
        for (TimePicker time : List.of(start, end)) {
            time.setStep(Duration.ofMinutes(15));
            TimeFields.twentyFourHour(time);
        }
        start.setValue(LocalTime.of(15, 0));
        end.setValue(LocalTime.of(17, 0));
        start.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null && e.getOldValue() != null && end.getValue() != null) {
                end.setValue(end.getValue().plus(Duration.between(e.getOldValue(), e.getValue())));
            }
        });
        firstDay.setLabel(getTranslation("cohorts.pattern.first-day"));
        DateFields.panamanian(firstDay);
        firstDay.setMin(today);
        firstDay.setValue(today.plusDays(7));
        weeks.setLabel(getTranslation("cohorts.pattern.weeks"));
        weeks.setStepButtonsVisible(true);
        weeks.setMin(1);
        weeks.setMax(WeeklyPattern.MAX_WEEKS);
        weeks.setValue(4);
        preview.setText(getTranslation("cohorts.pattern.preview"));
        preview.setIcon(new Icon(VaadinIcon.CALENDAR));
        preview.addClickListener(e -> showPreview());
        // Whatever changes the sessions or their clashes makes the preview stale.
        List<HasValue<?, ?>> inputs = List.of(days, start, end, firstDay, weeks, course, centre);
        inputs.forEach(input -> input.addValueChangeListener(e -> clearPreview()));
    }

    private void bind(jakarta.validation.Validator validator) {
        courseBinding = binder.forField(course).asRequired(getTranslation("cohorts.course.required"))
                .bind(m -> m.course, (m, v) -> m.course = v);
        centreBinding = binder.forField(centre).asRequired(getTranslation("cohorts.centre.required"))
                .bind(m -> m.centre, (m, v) -> m.centre = v);
        binder.forField(name).withValidator(BeanChecks.of(validator, CohortData.class, "name"))
                .bind(m -> m.name, (m, v) -> m.name = v);
        binder.forField(capacity).asRequired(getTranslation("workshop.cohort.capacity.range"))
                .withValidator(BeanChecks.of(validator, CohortData.class, "capacity"))
                .bind(m -> m.capacity, (m, v) -> m.capacity = v);
        binder.forField(enrolmentOpens).asRequired(getTranslation("workshop.cohort.window.required"))
                .bind(m -> m.enrolmentOpens, (m, v) -> m.enrolmentOpens = v);
        binder.forField(enrolmentCloses).asRequired(getTranslation("workshop.cohort.window.required"))
                .withValidator((v, c) -> enrolmentOpens.getValue() == null || !v.isBefore(enrolmentOpens.getValue())
                        ? ValidationResult.ok() : ValidationResult.error(getTranslation("workshop.cohort.window.order")))
                .bind(m -> m.enrolmentCloses, (m, v) -> m.enrolmentCloses = v);
        binder.forField(facilitators)
                .withValidator((v, c) -> !v.isEmpty() || currentUser.hasRole(Role.FACILITATOR) ? ValidationResult.ok()
                        : ValidationResult.error(getTranslation("workshop.cohort.facilitator.required")))
                .bind(m -> m.facilitators, (m, v) -> m.facilitators = v);
    }

    private Component createCohortForm() {
        FormLayout form = new FormLayout(course, centre, name, capacity, enrolmentOpens, enrolmentCloses, facilitators);
        form.setColspan(course, 2);
        form.setColspan(facilitators, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        return form;
    }

    private Component createPatternForm() {
        FormLayout form = new FormLayout(days, start, end, firstDay, weeks);
        form.setColspan(days, 4);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2),
                new FormLayout.ResponsiveStep("56rem", 4));
        VerticalLayout pattern = new VerticalLayout(form, preview);
        pattern.setPadding(false);
        return pattern;
    }

    private Component createPreview() {
        sessions.addClassName("preview-sessions");
        sessions.setAllRowsVisible(true);
        sessions.addColumn(s -> planned.indexOf(s) + 1).setHeader("#").setKey("position").setAutoWidth(true)
                .setFlexGrow(0);
        sessions.addColumn(s -> weekday(s.start().getDayOfWeek()) + " " + dateFormat.format(s.start()))
                .setHeader(getTranslation("cohorts.session.date")).setKey("date").setAutoWidth(true);
        sessions.addColumn(s -> timeFormat.format(s.start()) + "–" + timeFormat.format(s.end()))
                .setHeader(getTranslation("cohorts.session.time")).setKey("time").setAutoWidth(true);
        sessions.addComponentColumn(this::removeButton).setHeader(getTranslation("grid.actions"))
                .setKey("actions").setAutoWidth(true).setFlexGrow(0);
        skipped.addClassName("preview-skipped");
        skipped.setAllRowsVisible(true);
        skipped.addColumn(d -> weekday(d.day().getDayOfWeek()) + " " + dateFormat.format(d.day()))
                .setHeader(getTranslation("cohorts.session.date")).setKey("date").setAutoWidth(true);
        skipped.addColumn(d -> Messages.translate(d.reasonKey()) + (d.detail() == null ? "" : ": " + d.detail()))
                .setHeader(getTranslation("cohorts.preview.reason")).setKey("reason").setFlexGrow(1);
        clashWarning.addClassName("clash-warning");
        clashWarning.getElement().setAttribute("role", "alert");
        clashWarning.getStyle().set("color", "var(--lumo-error-text-color)");
        clashes.addClassName("preview-clashes");
        clashes.setAllRowsVisible(true);
        clashes.addColumn(c -> dateFormat.format(c.start()) + " " + timeFormat.format(c.start()) + "–"
                + timeFormat.format(c.end())).setHeader(getTranslation("cohorts.clash.time")).setKey("time")
                .setAutoWidth(true);
        clashes.addColumn(RoomClash::stationLabel).setHeader(getTranslation("cohorts.clash.station")).setKey("station")
                .setAutoWidth(true);
        clashes.addColumn(c -> getTranslation(c.inSession() ? "cohorts.clash.in-session" : "cohorts.clash.booked"))
                .setHeader(getTranslation("cohorts.clash.kind")).setKey("kind").setAutoWidth(true);
        skippedTitle.setText(getTranslation("cohorts.preview.skipped"));
        previewSection.addClassName("cohort-preview");
        previewSection.add(new H2(getTranslation("cohorts.preview.sessions")), sessions,
                skippedTitle, skipped, clashWarning, clashes);
        return previewSection;
    }

    private Component removeButton(SessionTime session) {
        Button remove = new Button(new Icon(VaadinIcon.CLOSE_SMALL), e -> {
            planned.remove(session);
            showPlanned();
            checkClashes();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("cohorts.preview.remove", dateFormat.format(session.start())));
        remove.setTooltipText(remove.getAriaLabel().orElse(null));
        return remove;
    }

    private Component createButtons() {
        save.setText(getTranslation("cohorts.new.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        cancel.setText(getTranslation("action.cancel"));
        cancel.addClickListener(e -> UI.getCurrent().navigate(CohortsView.ROUTE));
        HorizontalLayout buttons = new HorizontalLayout(save, cancel);
        buttons.setWrap(true);
        return buttons;
    }

    private void loadFacilitators() {
        CentreOption chosen = centre.getValue();
        List<StaffOption> options = chosen == null ? List.of() : staff.facilitatorsAt(chosen.id());
        facilitators.setItems(options);
        long me = currentUser.require().id();
        options.stream().filter(o -> o.id() == me && currentUser.hasRole(Role.FACILITATOR))
                .findFirst().ifPresent(o -> facilitators.setValue(Set.of(o)));
    }

    private void showPreview() {
        boolean courseOk = !courseBinding.validate().isError();
        boolean centreOk = !centreBinding.validate().isError();
        if (!courseOk || !centreOk) {
            return;
        }
        WeeklyPattern pattern = new WeeklyPattern(firstDay.getValue(), weeks.getValue() == null ? 0 : weeks.getValue(),
                days.getValue(), start.getValue(), end.getValue());
        Actions.attempt(() -> cohorts.plan(centre.getValue().id(), pattern), plan -> {
            planned.clear();
            planned.addAll(plan.sessions());
            skipped.setItems(plan.skipped());
            skipped.setVisible(!plan.skipped().isEmpty());
            skippedTitle.setVisible(!plan.skipped().isEmpty());
            previewSection.setVisible(true);
            showPlanned();
            checkClashes();
        });
    }

    private void showPlanned() {
        sessions.setItems(planned);
        sessions.setEmptyStateText(getTranslation("cohorts.preview.none"));
        save.setEnabled(!planned.isEmpty());
    }

    /** The bookings the planned sessions would overlap in the computer room (never who booked). */
    private void checkClashes() {
        List<RoomClash> found = planned.isEmpty() ? List.of()
                : cohorts.roomClashes(centre.getValue().id(), course.getValue().id(), List.copyOf(planned));
        clashes.setItems(found);
        clashes.setVisible(!found.isEmpty());
        clashWarning.setVisible(!found.isEmpty());
        clashWarning.setText(found.isEmpty() ? "" : getTranslation("cohorts.clash.warning", found.size()));
    }

    private void clearPreview() {
        planned.clear();
        sessions.setItems(List.of());
        skipped.setItems(List.of());
        clashes.setItems(List.of());
        previewSection.setVisible(false);
        save.setEnabled(false);
    }

    private void save() {
        Model model = new Model();
        if (!binder.writeBeanIfValid(model)) {
            return;
        }
        if (planned.isEmpty()) {
            Notifications.refused(new DomainException("workshop.cohort.sessions.required"));
            return;
        }
        CohortData data = new CohortData(model.course.id(), model.centre.id(), model.name == null ? null : model.name.strip(),
                model.capacity, model.enrolmentOpens, model.enrolmentCloses,
                Set.copyOf(model.facilitators.stream().map(StaffOption::id).toList()), 0);
        Actions.attempt(() -> cohorts.create(data, List.copyOf(planned)), created -> {
            Notifications.success(getTranslation("cohorts.new.saved", created.name(), created.sessions().size()));
            UI.getCurrent().navigate(CohortView.ROUTE_PREFIX + created.id());
        });
    }

    private String weekday(DayOfWeek day) {
        String text = day.getDisplayName(TextStyle.FULL, locale);
        return text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cohorts.new.title");
    }

    /** The form's working copy of the cohort's own fields. */
    static final class Model {
        CourseDetails course;
        CentreOption centre;
        String name;
        Integer capacity;
        LocalDate enrolmentOpens;
        LocalDate enrolmentCloses;
        Set<StaffOption> facilitators = Set.of();
    }
}
