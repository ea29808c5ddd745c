package org.infoplaza.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.server.VaadinSession;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.infoplaza.member.Sex;
import org.infoplaza.reporting.ReleaseCost;
import org.infoplaza.reporting.ReleaseService;
import org.infoplaza.reporting.StationUseDesk;
import org.infoplaza.security.Role;
import org.infoplaza.testing.IntegrationTest;
import org.infoplaza.testing.SignedIn;
import org.infoplaza.testing.TestClock;
import org.infoplaza.workshop.WorkshopDesk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * *Publicaciones*: the secretariat finds a month without a release, makes it with "Comprobar ahora" in the
 * background, and sees the published revision and what protection cost per kind of table.
 */
@IntegrationTest
class ReleasesViewTest extends SpringBrowserlessTest {

    @Autowired
    StationUseDesk stationUse;

    @Autowired
    TestClock clock;

    YearMonth month;

    @BeforeEach
    void setUp() {
        List<Sex> people = new ArrayList<>(Collections.nCopies(12, Sex.FEMALE));
        people.addAll(Collections.nCopies(11, Sex.MALE));
        people.add(Sex.OTHER_OR_UNSAID);
        stationUse.morningOfWalkIns(people);
        month = YearMonth.from(WorkshopDesk.monday());
        clock.standAt(month.plusMonths(1).atDay(2).atTime(9, 0));
        SignedIn.as(Role.SECRETARIAT);
    }

    @AfterEach
    void tearDown() {
        SignedIn.nobody();
        clock.reset();
    }

    @Test
    void the_secretariat_makes_a_months_release_and_sees_its_cost() throws Exception {
        ReleasesView view = navigate(ReleasesView.class);

        assertThat(view.month.getValue()).as("the last finished month").isEqualTo(month);
        assertThat(view.summary.getText()).startsWith("Aún no hay publicación de");
        assertThat(view.cost.isVisible()).isFalse();

        test(view.check).click();
        assertThat(view.check.isEnabled()).as("one check at a time").isFalse();
        view.running.get(300, TimeUnit.SECONDS);
        VaadinSession session = VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);

        assertThat(view.summary.getText()).startsWith("Se publica la revisión 1");
        List<ReleaseService.Revision> revisions = view.revisions.getGenericDataView().getItems().toList();
        assertThat(revisions).singleElement().satisfies(r -> assertThat(r.published()).isTrue());
        List<ReleaseCost> cost = view.cost.getGenericDataView().getItems().toList();
        assertThat(cost).extracting(ReleaseCost::kind).contains("served:sex", "served:centre×sex");
        // The country's tables hold every test's people; this test's own centre is in the centre tables, where its
        // one person of another sex is a small count, shown as <5 or withheld.
        assertThat(cost).filteredOn(c -> c.kind().equals("served:centre×sex")).singleElement()
                .satisfies(c -> assertThat(c.small() + c.withheld()).as("the one person of another sex").isPositive());
        assertThat(view.findings.isVisible()).as("nothing exposed").isFalse();
        assertThat(view.check.isEnabled()).isTrue();
    }

    @Test
    void operators_do_not_reach_it() {
        SignedIn.as(Role.OPERATOR, 1L);
        navigate("indicators/releases", com.vaadin.flow.component.Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(ReleasesView.class);
    }
}
