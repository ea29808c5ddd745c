package org.infoplaza.booking.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.infoplaza.station.StationDetails;
import org.infoplaza.station.StationKind;

/**
 * A station's row label on the day board: its label, an icon for its kind (desktop, laptop, accessible) and its
 * age limits when it has any ("≤12"), so the desk sees at a glance which free station fits the person in
 * front of it; the full kind and limits are in the tooltip and the accessible name.
 */
final class StationLabel {

    private StationLabel() {
    }

    static Div of(StationDetails station) {
        Div label = new Div();
        StationKind stationKind = station.kind() == null ? StationKind.DESKTOP : station.kind();
        Icon kind = switch (stationKind) {
            case LAPTOP -> VaadinIcon.LAPTOP.create();
            case ACCESSIBLE -> VaadinIcon.ACCESSIBILITY.create();
            default -> VaadinIcon.DESKTOP.create();
        };
        kind.addClassName("board-station-kind");
        Span name = new Span(station.label());
        name.addClassName("board-station-name");
        label.add(kind, name);
        String ages = ages(label, station);
        if (station.minAge() != null || station.maxAge() != null) {
            Span limits = new Span(shortAges(station));
            limits.addClassName("board-station-ages");
            label.add(limits);
            label.addClassName("age-limited");
        }
        String kindText = label.getTranslation("station.kind." + stationKind.name());
        label.setTitle(label.getTranslation("board.station.title", station.label(), kindText, ages));
        label.getElement().setAttribute("aria-label", label.getTitle().orElse(station.label()));
        return label;
    }

    /** "Todas", "Hasta 12 años", "Desde 13 años", "13–17 años": the station editor's words. */
    static String ages(Div component, StationDetails station) {
        if (station.minAge() == null && station.maxAge() == null) {
            return component.getTranslation("station.ages.any");
        }
        if (station.minAge() == null) {
            return component.getTranslation("station.ages.up-to", station.maxAge());
        }
        if (station.maxAge() == null) {
            return component.getTranslation("station.ages.from", station.minAge());
        }
        return component.getTranslation("station.ages.between", station.minAge(), station.maxAge());
    }

    private static String shortAges(StationDetails station) {
        if (station.minAge() == null) {
            return "≤" + station.maxAge();
        }
        if (station.maxAge() == null) {
            return "≥" + station.minAge();
        }
        return station.minAge() + "–" + station.maxAge();
    }
}
