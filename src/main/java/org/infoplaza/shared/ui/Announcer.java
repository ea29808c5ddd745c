package org.infoplaza.shared.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.List;

/**
 * Says a change nobody asked for (a ticket called to a station, a session about to end) to screen readers,
 * politely: a visually hidden {@code role="status"} region, one per page, already in the page before its
 * text changes (a live region added together with its text is not read). Sighted people see the same change
 * on the screen.
 */
public final class Announcer {

    private static final String KEY = "infoplaza.live-announcer";
    private static final String PENDING = "infoplaza.live-announcer.pending";

    private Announcer() {
    }

    /** Puts the page's live region in place; the layout does it when a page opens. */
    public static void install(UI ui) {
        region(ui);
    }

    /**
     * Reads {@code text} out once, after what the screen reader is saying now. What is announced while the
     * server answers one request is said together, in order.
     */
    public static void announce(String text) {
        UI ui = UI.getCurrent();
        if (ui == null || text == null || text.isBlank()) {
            return;
        }
        Div region = region(ui);
        @SuppressWarnings("unchecked")
        List<String> pending = (List<String>) ComponentUtil.getData(ui, PENDING);
        if (pending == null) {
            pending = new ArrayList<>();
            ComponentUtil.setData(ui, PENDING, pending);
            ui.beforeClientResponse(region, context -> ComponentUtil.setData(ui, PENDING, null));
        }
        pending.add(text);
        String said = String.join(". ", pending);
        // The same sentence twice in a row is a change too: a no-break space tells them apart.
        region.setText(said.equals(region.getText()) ? said + "\u00a0" : said);
    }

    private static Div region(UI ui) {
        Div region = ComponentUtil.getData(ui, KEY) instanceof Div existing ? existing : null;
        if (region == null) {
            region = new Div();
            region.addClassName("live-announcer");
            region.getElement().setAttribute("role", "status");
            region.getElement().setAttribute("aria-live", "polite");
            region.getElement().setAttribute("aria-atomic", "true");
            ComponentUtil.setData(ui, KEY, region);
            ui.add(region);
        }
        return region;
    }
}
