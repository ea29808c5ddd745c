package org.infoplaza.shared.ui;

import com.vaadin.flow.component.timepicker.TimePicker;
import java.util.Locale;

/** Time pickers on the 24-hour clock (15:00, not "3:00 p. m."), as the day board and Panama's desks write times. */
public final class TimeFields {

    private TimeFields() {
    }

    public static TimePicker twentyFourHour(TimePicker picker) {
        picker.setLocale(clockLocale(picker.getLocale()));
        return picker;
    }

    /**
     * The picker formats times with the browser's rules for language and country only, and es-PA (like
     * en-US) uses a 12-hour clock. Spain's Spanish and British English write the same words on a 24-hour clock.
     */
    static Locale clockLocale(Locale locale) {
        return "en".equals(locale == null ? null : locale.getLanguage()) ? Locale.UK : Locale.of("es", "ES");
    }
}
