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
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.infoplaza.booking.QueueDisplay;
import org.infoplaza.booking.WalkInQueue;
import org.infoplaza.shared.NotFoundException;
import org.infoplaza.shared.PanamaTime;
import org.infoplaza.shared.ui.Announcer;

/**
 * The walk-in queue on the screen in a centre's waiting area, without sign-in: the numbers being called
 * (and to which station), the numbers waiting, free stations (those for anyone; those only for some ages
 * apart, so a free children's PC is not read as a free seat by an adult) and the estimated wait, in type readable
 * across the room. Only ticket numbers appear, never names or member numbers. It refreshes itself every
 * {@value #REFRESH_MILLIS} ms by polling, so it needs no server push.
 */
@Route(value = "cola/:centreCode", autoLayout = false)
@AnonymousAllowed
class QueueDisplayView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final int REFRESH_MILLIS = 15_000;

    final H1 centreName = new H1();
    final Div called = new Div();
    /** The calls shown at the last refresh; null before the first. */
    private Set<QueueDisplay.Called> announced;
    final Div waiting = new Div();
    final Span freeStations = new Span();
    /** Free stations only some ages may use ("+1 solo hasta 12 años"), apart from the figure above. */
    final Div freeForSomeAges = new Div();
    final Span estimatedWait = new Span();
    final H2 notFound = new H2();
    /** "Closed — opens on Tuesday at 08:00" instead of the queue while the centre is closed. */
    final H2 closed = new H2();
    private final VerticalLayout queueFigures = new VerticalLayout();

    private final WalkInQueue queue;
    private final Clock clock;
    private String centreCode;
    private Registration polling;

    QueueDisplayView(WalkInQueue queue, Clock clock) {
        this.queue = queue;
        this.clock = clock;
        setSizeFull();
        setPadding(true);
        getStyle().set("font-size", "2.2rem").set("line-height", "1.3").set("overflow-wrap", "anywhere");
        centreName.getStyle().set("font-size", "3rem").set("margin", "0");
        called.getStyle().set("font-size", "5rem").set("font-weight", "700").set("color", "#0b6e4f");
        waiting.getStyle().set("font-size", "3rem");
        notFound.setText(getTranslation("queue.display.not-found"));
        notFound.setVisible(false);
        closed.getStyle().set("font-size", "4rem").set("color", "#8a1c1c");
        closed.setVisible(false);

        Div free = figure("queue.display.free", freeStations);
        freeForSomeAges.getStyle().set("font-size", "1.8rem");
        free.add(freeForSomeAges);
        HorizontalLayout figures = new HorizontalLayout(free, figure("queue.display.wait", estimatedWait));
        figures.setWidthFull();
        figures.setJustifyContentMode(FlexComponent.JustifyContentMode.AROUND);
        // A phone (or a zoomed browser) shows the figures one under the other instead of scrolling sideways.
        figures.setWrap(true);
        queueFigures.setPadding(false);
        queueFigures.add(heading("queue.display.called"), called, heading("queue.display.waiting"), waiting, figures);
        add(centreName, notFound, closed, queueFigures);
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
        Announcer.install(ui);
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
            closed.setVisible(false);
            queueFigures.setVisible(false);
            centreName.setText("");
            return;
        }
        notFound.setVisible(false);
        centreName.setText(display.centreName());
        closed.setVisible(!display.open());
        queueFigures.setVisible(display.open());
        if (!display.open()) {
            closed.setText(closedText(display.opensAt()));
            return;
        }
        List<String> calls = display.called().stream()
                .map(c -> getTranslation("queue.display.number-to-station", c.number(), c.stationLabel())).toList();
        called.setText(calls.isEmpty() ? "—" : String.join("   ", calls));
        announceNew(display.called());
        waiting.setText(display.waiting().isEmpty() ? getTranslation("queue.display.nobody-waiting") : display.waiting().stream()
                .map(String::valueOf)
                .collect(Collectors.joining("  ")));
        freeStations.setText(String.valueOf(display.freeStations()));
        freeForSomeAges.removeAll();
        display.freeForSomeAges().forEach(group -> freeForSomeAges.add(new Div(forAges(group))));
        estimatedWait.setText(display.estimatedWaitMinutes() == null ? "—"
                : getTranslation("queue.display.minutes", display.estimatedWaitMinutes()));
    }

    /**
     * A number newly called is said to screen readers, politely (someone waiting who cannot see the screen hears
     * it); what the screen showed when it opened is not.
     */
    private void announceNew(List<QueueDisplay.Called> calls) {
        if (announced != null) {
            calls.stream().filter(call -> !announced.contains(call)).forEach(call -> Announcer.announce(
                    getTranslation("queue.display.called.announcement", call.number(), call.stationLabel())));
        }
        announced = Set.copyOf(calls);
    }

    /** "+1 solo hasta 12 años": free, but not for everyone waiting. */
    private String forAges(QueueDisplay.FreeForAges group) {
        if (group.minAge() == null) {
            return getTranslation("queue.display.free.up-to", group.count(), group.maxAge());
        }
        if (group.maxAge() == null) {
            return getTranslation("queue.display.free.from", group.count(), group.minAge());
        }
        return getTranslation("queue.display.free.between", group.count(), group.minAge(), group.maxAge());
    }

    /** Today, a weekday within the coming week, or a date further ahead; just "closed" when unknown. */
    private String closedText(LocalDateTime opensAt) {
        if (opensAt == null) {
            return getTranslation("queue.display.closed");
        }
        String time = DateTimeFormatter.ofPattern("HH:mm").format(opensAt);
        long days = ChronoUnit.DAYS.between(LocalDate.now(clock), opensAt.toLocalDate());
        if (days <= 0) {
            return getTranslation("queue.display.closed.opens-today", time);
        }
        String day = days <= 7 ? opensAt.getDayOfWeek().getDisplayName(TextStyle.FULL, getLocale())
                : PanamaTime.dateFormat(getLocale()).format(opensAt);
        return getTranslation("queue.display.closed.opens-on", day, time);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("queue.display.title") + " · " + getTranslation("app.name");
    }
}
