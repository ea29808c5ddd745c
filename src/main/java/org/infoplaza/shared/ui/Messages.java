package org.infoplaza.shared.ui;

import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.util.Arrays;
import org.infoplaza.shared.PanamaTime;

/** A service's message key and arguments as the user reads them: translated, dates as people write them. */
public final class Messages {

    private Messages() {
    }

    public static String translate(String key, Object... arguments) {
        UI ui = UI.getCurrent();
        Object[] shown = Arrays.stream(arguments)
                .map(a -> a instanceof LocalDate day ? PanamaTime.dateFormat(ui.getLocale()).format(day) : a)
                .toArray();
        return ui.getTranslation(key, shown);
    }
}
