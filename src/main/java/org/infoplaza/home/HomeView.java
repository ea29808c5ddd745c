package org.infoplaza.home;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.centre.CentreService;
import org.infoplaza.centre.ClosureDetails;
import org.infoplaza.centre.OpeningPeriod;
import org.infoplaza.layout.CentreContext;
import org.infoplaza.security.CurrentUser;
import org.infoplaza.shared.PanamaTime;
import org.infoplaza.station.StationCounts;
import org.infoplaza.station.StationService;

/** What a staff member sees first: their centre today. */
@Route("")
@Menu(order = 0, title = "nav.home", icon = "vaadin:home")
@PermitAll
class HomeView extends VerticalLayout implements HasDynamicTitle {

    final Div summary = new Div();

    HomeView(CentreContext centreContext, CentreService centres, StationService stations, CurrentUser currentUser,
            Clock clock) {
        addClassName("home-view");
        add(new H2(getTranslation("home.greeting", currentUser.require().displayName())));
        centreContext.currentId().ifPresentOrElse(
                id -> add(createSummary(centres.get(id), centres.isOpenNow(id), stations.counts(id),
                        centres.upcomingClosures(id), LocalDate.now(clock))),
                () -> add(new Paragraph(getTranslation("home.no-centre"))));
    }

    private Component createSummary(CentreDetails centre, boolean openNow, StationCounts counts,
            List<ClosureDetails> closures, LocalDate today) {
        Locale locale = getLocale();
        summary.addClassName("centre-summary");
        Span status = new Span(getTranslation(openNow ? "home.open-now" : "home.closed-now"));
        status.getElement().getThemeList().add(openNow ? "badge success" : "badge contrast");
        List<OpeningPeriod> hours = centre.hoursOn(today.getDayOfWeek());
        String todayHours = hours.isEmpty() ? getTranslation("home.closed-today")
                : hours.stream().map(p -> p.opensAt() + "–" + p.closesAt()).collect(Collectors.joining(", "));
        summary.add(new H2(centre.name()), status,
                new Paragraph(getTranslation("home.today-hours", todayHours)),
                new Paragraph(getTranslation("home.stations", counts.inService(), counts.total())));
        if (!closures.isEmpty()) {
            UnorderedList list = new UnorderedList();
            closures.stream().limit(5).forEach(c -> list.add(new ListItem(
                    PanamaTime.dateFormat(locale).format(c.firstDay())
                            + (c.lastDay().equals(c.firstDay()) ? "" : " – " + PanamaTime.dateFormat(locale).format(c.lastDay()))
                            + ": " + c.reason())));
            summary.add(new Paragraph(getTranslation("home.closures")), list);
        }
        return summary;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home");
    }
}
