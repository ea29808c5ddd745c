package org.infoplaza.workshop.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.BiConsumer;
import org.infoplaza.workshop.AttendanceStatus;
import org.infoplaza.workshop.RosterLine;

/**
 * One person on the attendance sheet: name, member number, a minor badge, the mark recorded so far in words
 * (not by colour alone) and three large buttons. A tap reports the status wanted; the sheet calls the service
 * and, once it has stored the mark, {@link #show}s it on this row only.
 */
class AttendanceRow extends Div {

    private static final Map<AttendanceStatus, ButtonVariant> COLOURS = Map.of(
            AttendanceStatus.PRESENT, ButtonVariant.LUMO_SUCCESS,
            AttendanceStatus.ABSENT, ButtonVariant.LUMO_ERROR,
            AttendanceStatus.EXCUSED, ButtonVariant.LUMO_CONTRAST);

    private static final String STATUS_KEY = "workshop.attendance.status.";

    final Span name = new Span();
    final Span mark = new Span();
    final Map<AttendanceStatus, Button> buttons = new EnumMap<>(AttendanceStatus.class);

    private final RosterLine line;
    private AttendanceStatus status;

    AttendanceRow(RosterLine line, boolean editable, BiConsumer<AttendanceRow, AttendanceStatus> onTap) {
        this.line = line;
        addClassName("attendance-row");
        name.setText(line.memberName());
        name.addClassName("attendance-name");
        Span number = new Span(getTranslation("attendance.sheet.number", line.memberNumber()));
        number.addClassName("attendance-number");
        Div who = new Div(name, number);
        who.addClassName("attendance-who");
        if (line.minor()) {
            who.add(badge(getTranslation("attendance.sheet.minor"), "badge"));
        }
        if (line.walkIn()) {
            who.add(badge(getTranslation("attendance.sheet.walk-in"), "badge contrast"));
        }
        mark.addClassName("attendance-mark");
        Div taps = new Div();
        taps.addClassName("attendance-taps");
        for (AttendanceStatus each : AttendanceStatus.values()) {
            Button button = new Button(getTranslation(label(each)),
                    e -> onTap.accept(this, each));
            button.addClassName("attendance-tap");
            button.setEnabled(editable);
            buttons.put(each, button);
            taps.add(button);
        }
        add(who, mark, taps);
        show(line.status());
    }

    long memberId() {
        return line.memberId();
    }

    AttendanceStatus status() {
        return status;
    }

    /** Shows the mark the service stored: the chosen button filled and pressed, the row tinted, the word. */
    void show(AttendanceStatus newStatus) {
        status = newStatus;
        for (AttendanceStatus each : AttendanceStatus.values()) {
            removeClassName("attendance-row-" + each.name().toLowerCase());
            Button button = buttons.get(each);
            boolean chosen = each == newStatus;
            button.removeThemeVariants(ButtonVariant.LUMO_PRIMARY, COLOURS.get(each));
            if (chosen) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY, COLOURS.get(each));
            }
            button.getElement().setAttribute("aria-pressed", String.valueOf(chosen));
        }
        if (newStatus == null) {
            mark.setText(getTranslation("attendance.sheet.unmarked"));
        } else {
            addClassName("attendance-row-" + newStatus.name().toLowerCase());
            mark.setText(getTranslation(label(newStatus)));
        }
    }

    /** The workshop module's word for a mark. */
    private static String label(AttendanceStatus status) {
        return STATUS_KEY + status.name();
    }

    private static Span badge(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add(theme);
        return badge;
    }
}
