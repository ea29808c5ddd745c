package org.infoplaza.booking.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import org.infoplaza.shared.ui.DateFields;

/**
 * The day board's toolbar: the day (previous, picker, next, and "Hoy", which also brings the current time into
 * view) and the desk's main actions. Each main action has an Alt shortcut, named in its tooltip, that works
 * while the focus is anywhere on the board's view and nowhere else (not in another view, not in a dialog).
 */
class DeskToolbar extends HorizontalLayout {

    /** Alt + these keys: "ahora", reservar, sin reserva, invitado, cola. */
    static final Key NOW = Key.KEY_N;
    static final Key BOOK = Key.KEY_R;
    static final Key WALK_IN = Key.KEY_S;
    static final Key GUEST = Key.KEY_I;
    static final Key QUEUE = Key.KEY_C;

    final Button previousDay = new Button(new Icon(VaadinIcon.ANGLE_LEFT));
    final Button nextDay = new Button(new Icon(VaadinIcon.ANGLE_RIGHT));
    final Button today = new Button();
    final DatePicker day = DateFields.panamanian(new DatePicker());
    final Button reserve = new Button();
    final Button walkIn = new Button();
    final Button guest = new Button();

    DeskToolbar(boolean enabled) {
        previousDay.setAriaLabel(getTranslation("board.previous-day"));
        nextDay.setAriaLabel(getTranslation("board.next-day"));
        today.setText(getTranslation("board.today"));
        today.setIcon(new Icon(VaadinIcon.CLOCK));
        today.setTooltipText(getTranslation("board.today.tooltip"));
        day.setAriaLabel(getTranslation("board.day"));
        day.setLocale(getLocale());
        day.addClassName("board-day");
        reserve.setText(getTranslation("board.book.title"));
        reserve.setIcon(new Icon(VaadinIcon.CALENDAR));
        reserve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        reserve.setTooltipText(getTranslation("board.book.tooltip"));
        walkIn.setText(getTranslation("board.walk-in"));
        walkIn.setIcon(new Icon(VaadinIcon.SIGN_IN));
        walkIn.setTooltipText(getTranslation("board.walk-in.tooltip"));
        guest.setText(getTranslation("board.guest"));
        guest.setIcon(new Icon(VaadinIcon.USER_CLOCK));
        guest.setTooltipText(getTranslation("board.guest.tooltip"));
        for (Button button : List.of(previousDay, nextDay, today, reserve, walkIn, guest)) {
            button.addClassName("board-touch");
            button.setEnabled(enabled);
        }
        add(previousDay, day, nextDay, today, reserve, walkIn, guest);
        addClassName("toolbar");
        addClassName("board-toolbar");
        setWrap(true);
        setSpacing(false);
        setAlignItems(Alignment.CENTER);
    }

    /** The main actions' shortcuts, heard only inside {@code scope} (the board's view). */
    void listenOn(Component scope) {
        shortcut(today, NOW, "N", scope);
        shortcut(reserve, BOOK, "R", scope);
        shortcut(walkIn, WALK_IN, "S", scope);
        shortcut(guest, GUEST, "I", scope);
    }

    private static void shortcut(Button button, Key key, String letter, Component scope) {
        button.addClickShortcut(key, KeyModifier.ALT).listenOn(scope);
        button.getElement().setAttribute("aria-keyshortcuts", "Alt+" + letter); // announced by screen readers
    }
}
