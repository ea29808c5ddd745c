package org.infoplaza.centre.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.infoplaza.centre.OpeningPeriod;
import org.infoplaza.shared.ui.TimeFields;

/**
 * The weekly timetable as staff think of it: each weekday with zero or more periods, so a day with a lunch
 * break simply has two. It checks the same rules as the centre (every period ends after it starts, periods
 * of a day do not overlap) and marks the offending time, because the service can only say which rule failed,
 * not where.
 */
class OpeningHoursEditor extends VerticalLayout {

    private static final Duration STEP = Duration.ofMinutes(15);
    private static final Duration USUAL_BREAK = Duration.ofHours(1);
    private static final Duration USUAL_PERIOD = Duration.ofHours(4);

    final Paragraph error = new Paragraph();

    private final Map<DayOfWeek, DayRow> days = new EnumMap<>(DayOfWeek.class);
    private boolean readOnly;

    OpeningHoursEditor() {
        addClassName("opening-hours-editor");
        setPadding(false);
        setSpacing(false);
        error.setVisible(false);
        error.getElement().setAttribute("role", "alert");
        error.getStyle().set("color", "var(--lumo-error-text-color)").set("margin", "0");
        add(error);
        for (DayOfWeek day : DayOfWeek.values()) {
            DayRow row = new DayRow(day);
            days.put(day, row);
            add(row);
        }
    }

    DayRow day(DayOfWeek day) {
        return days.get(day);
    }

    void setValue(List<OpeningPeriod> periods) {
        error.setVisible(false);
        days.values().forEach(DayRow::clear);
        periods.stream()
                .sorted(Comparator.comparing(OpeningPeriod::day).thenComparing(OpeningPeriod::opensAt))
                .forEach(p -> days.get(p.day()).addPeriod(p.opensAt(), p.closesAt()));
    }

    /** The periods as entered; call {@link #validate()} first, since half-filled rows are left out. */
    List<OpeningPeriod> getValue() {
        List<OpeningPeriod> periods = new ArrayList<>();
        days.values().forEach(day -> periods.addAll(day.periods()));
        return periods;
    }

    /** Marks every missing, reversed or overlapping time; returns whether the timetable is acceptable. */
    boolean validate() {
        error.setVisible(false);
        boolean valid = true;
        for (DayRow day : days.values()) {
            valid &= day.validate();
        }
        return valid;
    }

    /** Shows a refusal from the service above the days and marks the rows it most likely concerns. */
    void showError(String message) {
        validate();
        error.setText(message);
        error.setVisible(true);
    }

    void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        days.values().forEach(DayRow::applyReadOnly);
    }

    private String dayName(DayOfWeek day) {
        Locale locale = getLocale();
        String name = day.getDisplayName(TextStyle.FULL, locale);
        return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    /** One weekday: its name, its periods (or "closed"), and a button to add a period. */
    final class DayRow extends HorizontalLayout {

        final Span closed = new Span();
        final Button add = new Button();

        private final DayOfWeek day;
        private final String name;
        private final VerticalLayout periodRows = new VerticalLayout();

        private DayRow(DayOfWeek day) {
            this.day = day;
            this.name = dayName(day);
            addClassName("opening-hours-day");
            setWidthFull();
            setWrap(true);
            setAlignItems(FlexComponent.Alignment.BASELINE);

            Span label = new Span(name);
            label.setWidth("7em");
            label.getStyle().set("font-weight", "600");
            closed.setText(getTranslation("centre.hours.closed"));
            closed.getStyle().set("color", "var(--lumo-secondary-text-color)");
            periodRows.setPadding(false);
            periodRows.setSpacing(false);
            periodRows.setWidth(null);
            periodRows.add(closed);

            add.setText(getTranslation("centre.hours.add"));
            add.setIcon(new Icon(VaadinIcon.PLUS));
            add.setAriaLabel(getTranslation("centre.hours.add.on", name));
            add.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            add.addClickListener(e -> addSuggestedPeriod());
            add(label, periodRows, add);
        }

        List<PeriodRow> rows() {
            return periodRows.getChildren()
                    .filter(PeriodRow.class::isInstance)
                    .map(PeriodRow.class::cast)
                    .toList();
        }

        /** A first period in the morning; a further one an hour after the last one closes, when that fits the day. */
        private void addSuggestedPeriod() {
            if (rows().isEmpty()) {
                addPeriod(LocalTime.of(8, 0), LocalTime.of(12, 0)).opensAt.focus();
                return;
            }
            LocalTime lastClose = rows().stream()
                    .map(row -> row.closesAt.getValue())
                    .filter(time -> time != null)
                    .max(Comparator.naturalOrder())
                    .orElse(null);
            LocalTime opens = lastClose == null ? null : lastClose.plus(USUAL_BREAK);
            LocalTime closes = opens == null ? null : opens.plus(USUAL_PERIOD);
            boolean fits = opens != null && opens.isAfter(lastClose) && closes.isAfter(opens);
            PeriodRow row = fits ? addPeriod(opens, closes) : addPeriod(null, null);
            row.opensAt.focus();
        }

        PeriodRow addPeriod(LocalTime opens, LocalTime closes) {
            PeriodRow row = new PeriodRow(this, opens, closes);
            periodRows.add(row);
            closed.setVisible(false);
            row.applyReadOnly();
            return row;
        }

        void remove(PeriodRow row) {
            periodRows.remove(row);
            closed.setVisible(rows().isEmpty());
            if (hasErrors()) {
                validate();
            }
        }

        void clear() {
            rows().forEach(periodRows::remove);
            closed.setVisible(true);
        }

        List<OpeningPeriod> periods() {
            return rows().stream()
                    .filter(PeriodRow::isComplete)
                    .map(row -> new OpeningPeriod(day, row.opensAt.getValue(), row.closesAt.getValue()))
                    .toList();
        }

        boolean validate() {
            boolean valid = true;
            List<PeriodRow> complete = new ArrayList<>();
            for (PeriodRow row : rows()) {
                row.clearErrors();
                if (row.opensAt.getValue() == null) {
                    row.markInvalid(row.opensAt, getTranslation("centre.hours.time.required"));
                }
                if (row.closesAt.getValue() == null) {
                    row.markInvalid(row.closesAt, getTranslation("centre.hours.time.required"));
                }
                if (!row.isComplete()) {
                    valid = false;
                } else if (!row.opensAt.getValue().isBefore(row.closesAt.getValue())) {
                    row.markInvalid(row.closesAt, getTranslation("centre.hours.order"));
                    valid = false;
                } else {
                    complete.add(row);
                }
            }
            complete.sort(Comparator.comparing((PeriodRow row) -> row.opensAt.getValue()));
            LocalTime latestClose = null;
            for (PeriodRow row : complete) {
                // Compared with the latest close so far, not just the previous row: 08–18 contains 09–10 and 15–16.
                if (latestClose != null && row.opensAt.getValue().isBefore(latestClose)) {
                    row.markInvalid(row.opensAt, getTranslation("centre.hours.overlap"));
                    valid = false;
                }
                if (latestClose == null || row.closesAt.getValue().isAfter(latestClose)) {
                    latestClose = row.closesAt.getValue();
                }
            }
            return valid;
        }

        private boolean hasErrors() {
            return rows().stream().anyMatch(row -> row.opensAt.isInvalid() || row.closesAt.isInvalid());
        }

        private void revalidateIfMarked() {
            if (hasErrors()) {
                validate();
            }
        }

        private void applyReadOnly() {
            add.setVisible(!readOnly);
            rows().forEach(PeriodRow::applyReadOnly);
        }
    }

    /** One period: opening time, closing time, and a button to remove it. */
    final class PeriodRow extends HorizontalLayout {

        final TimePicker opensAt = new TimePicker();
        final TimePicker closesAt = new TimePicker();
        final Button remove = new Button(new Icon(VaadinIcon.CLOSE_SMALL));

        private PeriodRow(DayRow day, LocalTime opens, LocalTime closes) {
            addClassName("opening-period");
            setAlignItems(FlexComponent.Alignment.BASELINE);
            setSpacing(true);
            configure(opensAt, getTranslation("centre.hours.opens.on", day.name), opens);
            configure(closesAt, getTranslation("centre.hours.closes.on", day.name), closes);
            opensAt.addValueChangeListener(e -> day.revalidateIfMarked());
            closesAt.addValueChangeListener(e -> day.revalidateIfMarked());
            remove.setAriaLabel(getTranslation("centre.hours.remove.on", day.name));
            remove.setTooltipText(getTranslation("centre.hours.remove.on", day.name));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            remove.addClickListener(e -> day.remove(this));
            add(opensAt, new Span("–"), closesAt, remove);
        }

        private static void configure(TimePicker picker, String ariaLabel, LocalTime value) {
            picker.setStep(STEP);
            TimeFields.twentyFourHour(picker);
            // The editor decides what is wrong with a period, so the picker must not clear our messages itself.
            picker.setManualValidation(true);
            picker.setAriaLabel(ariaLabel);
            picker.setWidth("9em");
            picker.setValue(value);
        }

        boolean isComplete() {
            return opensAt.getValue() != null && closesAt.getValue() != null;
        }

        void clearErrors() {
            opensAt.setInvalid(false);
            closesAt.setInvalid(false);
        }

        void markInvalid(TimePicker picker, String message) {
            picker.setErrorMessage(message);
            picker.setInvalid(true);
        }

        private void applyReadOnly() {
            opensAt.setReadOnly(readOnly);
            closesAt.setReadOnly(readOnly);
            remove.setVisible(!readOnly);
        }
    }
}
