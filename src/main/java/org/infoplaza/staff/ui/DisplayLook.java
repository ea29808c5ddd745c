package org.infoplaza.staff.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.infoplaza.security.CurrentUser;
import org.infoplaza.staff.DisplayPreferences;
import org.infoplaza.staff.StaffService;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Puts the signed-in person's display preferences on every page they open, as classes on the UI's element
 * (the page body): {@code large-text} and {@code high-contrast}, styled in styles/app.css. Pages opened by
 * nobody signed in keep the standard look.
 */
@Component
class DisplayLook implements VaadinServiceInitListener {

    static final String LARGE_TEXT = "large-text";
    static final String HIGH_CONTRAST = "high-contrast";

    private final CurrentUser currentUser;
    private final StaffService staff;

    DisplayLook(CurrentUser currentUser, StaffService staff) {
        this.currentUser = currentUser;
        this.staff = staff;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            if (currentUser.find().isPresent()) {
                try {
                    apply(init.getUI(), staff.ownDisplay());
                } catch (DataAccessException databaseAway) {
                    apply(init.getUI(), DisplayPreferences.STANDARD);
                }
            }
        });
    }

    static void apply(UI ui, DisplayPreferences preferences) {
        ui.getElement().getClassList().set(LARGE_TEXT, preferences.largeText());
        ui.getElement().getClassList().set(HIGH_CONTRAST, preferences.highContrast());
    }
}
