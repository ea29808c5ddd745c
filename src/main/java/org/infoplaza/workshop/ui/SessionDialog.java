package org.infoplaza.workshop.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.function.Predicate;
import org.infoplaza.shared.ui.DateFields;
import org.infoplaza.shared.ui.TimeFields;
import org.infoplaza.workshop.SessionTime;

/**
 * The day and hours of one session, to add it or to move it. The dialog closes only when the service took
 * the change ({@code onSave} answers whether it did), so a refusal leaves what was typed in place.
 */
class SessionDialog extends Dialog {

    final DatePicker day = new DatePicker();
    final TimePicker start = new TimePicker();
    final TimePicker end = new TimePicker();
    final Button save = new Button();
    final Button cancel = new Button();

    SessionDialog(String title, SessionTime initial, LocalDate today, Predicate<SessionTime> onSave) {
        addClassName("session-dialog");
        setHeaderTitle(title);
        setWidth("min(32rem, 95vw)");
        day.setLabel(getTranslation("cohorts.session.date"));
        DateFields.panamanian(day);
        day.setMin(today);
        start.setLabel(getTranslation("cohorts.pattern.start"));
        end.setLabel(getTranslation("cohorts.pattern.end"));
        for (TimePicker time : new TimePicker[] {start, end}) {
            time.setStep(Duration.ofMinutes(15));
            TimeFields.twentyFourHour(time);
        }
        if (initial != null) {
            day.setValue(initial.start().toLocalDate());
            start.setValue(initial.start().toLocalTime());
            end.setValue(initial.end().toLocalTime());
        } else {
            start.setValue(LocalTime.of(15, 0));
            end.setValue(LocalTime.of(17, 0));
        }
        FormLayout form = new FormLayout(day, start, end);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("24rem", 3));
        add(form);
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER).listenOn(this);
        save.addClickListener(e -> submit(onSave));
        cancel.setText(getTranslation("action.cancel"));
        cancel.addClickListener(e -> close());
        getFooter().add(cancel, save);
    }

    private void submit(Predicate<SessionTime> onSave) {
        boolean complete = filled(day) & filled(start) & filled(end);
        if (complete && onSave.test(new SessionTime(day.getValue().atTime(start.getValue()),
                day.getValue().atTime(end.getValue())))) {
            close();
        }
    }

    private boolean filled(HasValue<?, ?> value) {
        HasValidation field = (HasValidation) value;
        boolean empty = value.isEmpty();
        field.setErrorMessage(empty ? getTranslation("workshop.session.time.required") : null);
        field.setInvalid(empty);
        return !empty;
    }
}
