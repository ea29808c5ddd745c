package org.infoplaza.shared.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;

/**
 * A centre was added, renamed or closed in this browser tab. Fired on the UI by the view that changed it, so
 * the header's centre selector (in the layout, which feature views never import) shows the change at once,
 * without a page reload.
 */
public final class CentresChanged extends ComponentEvent<UI> {

    private CentresChanged(UI ui) {
        super(ui, false);
    }

    /** Tells the current tab's frame that its list of centres is out of date. */
    public static void fire() {
        UI ui = UI.getCurrent();
        if (ui != null) {
            ComponentUtil.fireEvent(ui, new CentresChanged(ui));
        }
    }
}
