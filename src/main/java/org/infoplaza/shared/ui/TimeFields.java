package org.infoplaza.shared.ui;

import com.vaadin.flow.component.timepicker.TimePicker;
import java.util.Locale;

/** Time pickers on the 24-hour clock (09:00, 15:00; not "3:00 p. m."), as the day board writes times. */
public final class TimeFields {

    /**
     * The picker formats times with the browser's rules for a language and country, and es-PA (like en-US)
     * uses a 12-hour clock. The picker shows digits only, so British English, which writes HH:mm (09:00,
     * 15:00) like the board, serves every language; labels and messages keep the user's language.
     */
    static final Locale CLOCK = Locale.UK;

    private TimeFields() {
    }

    public static TimePicker twentyFourHour(TimePicker picker) {
        picker.setLocale(CLOCK);
        return picker;
    }
}
