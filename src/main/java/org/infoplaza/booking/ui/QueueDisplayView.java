package org.infoplaza.booking.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.Registration;
import java.util.stream.Collectors;
import org.infoplaza.booking.QueueDisplay;
import org.infoplaza.booking.WalkInQueue;
import org.infoplaza.shared.NotFoundException;

/**
 * The walk-in queue on the screen in a centre's waiting area, without sign-in: the numbers being called
 * (and to which station), the numbers waiting, free stations and the estimated wait, in type readable
 * across the room. Only ticket numbers appear, never names or member numbers. It refreshes itself every
 * {@value #REFRESH_MILLIS} ms by polling, so it needs no server push.
 */
@Route(value = "cola/:centreCode", autoLayout = false)
@AnonymousAllowed
class QueueDisplayView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int REFRESH_MILLIS = 15_000;

    final H1 centreName = new H1();
    final Div called = new Div();
    final Div waiting = new Div();
    final Span freeStations = new Span();
    final Span estimatedWait = new Span();
    final H2 notFound = new H2();

    private final WalkInQueue queue;
    private String centreCode;
    private Registration polling;

    QueueDisplayView(WalkInQueue queue) {
        this.queue = queue;
        setSizeFull();
        setPadding(true);
        getStyle().set("font-size", "2.2rem").set("line-height", "1.3");
        centreName.getStyle().set("font-size", "3rem").set("margin", "0");
        called.getStyle().set("font-size", "5rem").set("font-weight", "700").set("color", "#0b6e4f");
        waiting.getStyle().set("font-size", "3rem");
        notFound.setText(getTranslation("queue.display.not-found"));
        notFound.setVisible(false);

        HorizontalLayout figures = new HorizontalLayout(figure("queue.display.free", freeStations),
                figure("queue.display.wait", estimatedWait));
        figures.setWidthFull();
        figures.setJustifyContentMode(FlexComponent.JustifyContentMode.AROUND);
        add(centreName, notFound, heading("queue.display.called"), called, heading("queue.display.waiting"), waiting,
                figures);
    }

    private H2 heading(String key) {
        H2 heading = new H2(getTranslation(key));
        heading.getStyle().set("font-size", "2.4rem").set("margin", "0.5em 0 0 0");
        return heading;
    }

    private Div figure(String key, Span value) {
        value.getStyle().set("font-size", "4rem").set("font-weight", "700").set("display", "block");
        Div figure = new Div(new Span(getTranslation(key)), value);
        figure.getStyle().set("text-align", "center");
        return figure;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        centreCode = event.getRouteParameters().get("centreCode").orElse("");
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        ui.setPollInterval(REFRESH_MILLIS);
        polling = ui.addPollListener(poll -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        event.getUI().setPollInterval(-1);
    }

    /** Reads the queue again; the screen shows "not found" for a code no active centre has. */
    void refresh() {
        QueueDisplay display;
        try {
            display = queue.display(centreCode);
        } catch (NotFoundException e) {
            notFound.setVisible(true);
            centreName.setText("");
            return;
        }
        notFound.setVisible(false);
        centreName.setText(display.centreName());
        called.setText(display.called().isEmpty() ? "—" : display.called().stream()
                .map(c -> getTranslation("queue.display.number-to-station", c.number(), c.stationLabel()))
                .collect(Collectors.joining("   ")));
        waiting.setText(display.waiting().isEmpty() ? "—" : display.waiting().stream()
                .map(String::valueOf)
                .collect(Collectors.joining("  ")));
        freeStations.setText(String.valueOf(display.freeStations()));
        estimatedWait.setText(display.estimatedWaitMinutes() == null ? "—"
                : getTranslation("queue.display.minutes", display.estimatedWaitMinutes()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("queue.display.title") + " · " + getTranslation("app.name");
    }
}
