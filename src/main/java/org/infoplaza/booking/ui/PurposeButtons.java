package org.infoplaza.booking.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import org.infoplaza.booking.VisitPurpose;

/** One large button per purpose of visit: the tap that records it is the tap that starts the session. */
class PurposeButtons extends Div {

    final Map<VisitPurpose, Button> buttons = new EnumMap<>(VisitPurpose.class);

    PurposeButtons(Consumer<VisitPurpose> onTap) {
        addClassName("board-purposes");
        for (VisitPurpose purpose : VisitPurpose.values()) {
            Button button = new Button(getTranslation("booking.purpose." + purpose.name()), e -> onTap.accept(purpose));
            button.addClassName("board-touch");
            buttons.put(purpose, button);
            add(button);
        }
    }

    Button of(VisitPurpose purpose) {
        return buttons.get(purpose);
    }

    void setAllEnabled(boolean enabled) {
        buttons.values().forEach(button -> button.setEnabled(enabled));
    }
}
