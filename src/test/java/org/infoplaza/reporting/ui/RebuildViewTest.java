package org.infoplaza.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.server.VaadinSession;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.member.Sex;
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
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The administrator's rebuild command: rollups spoilt behind the application's back (as a correction the
 * events never carried would leave them) come back to what the raw sessions say, month by month in the
 * background, while the page shows progress and then the outcome.
 */
@IntegrationTest
class RebuildViewTest extends SpringBrowserlessTest {

    @Autowired
    StationUseDesk stationUse;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcTemplate jdbc;

    CentreDetails centre;
    YearMonth month;

    @BeforeEach
    void setUp() {
        centre = stationUse.morningOfWalkIns(List.of(Sex.FEMALE, Sex.FEMALE, Sex.MALE));
        month = YearMonth.from(WorkshopDesk.monday());
        clock.standAt(month.plusMonths(1).atDay(2).atTime(10, 0));
        SignedIn.as(Role.ADMIN);
    }

    @AfterEach
    void tearDown() {
        SignedIn.nobody();
        clock.reset();
    }

    @Test
    void recomputing_a_month_puts_spoilt_rollups_back_to_what_the_sessions_say() throws Exception {
        assertThat(sessions()).isEqualTo(3);
        jdbc.update("UPDATE rollup_station_day SET sessions = sessions + 40 WHERE centre_id = ?", centre.id());
        jdbc.update("DELETE FROM rollup_station_member WHERE centre_id = ?", centre.id());
        RebuildView view = navigate(RebuildView.class);
        view.from.setValue(month);
        view.to.setValue(month);
        view.centre.setValue(view.centre.getListDataView().getItems().filter(c -> c.id() == centre.id())
                .findFirst().orElseThrow());

        test(view.start).click();
        assertThat(view.progress.isVisible()).isTrue();
        assertThat(view.start.isEnabled()).as("one rebuild at a time").isFalse();
        view.running.get(120, TimeUnit.SECONDS);
        VaadinSession session = VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);

        assertThat(sessions()).isEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM rollup_station_member WHERE centre_id = ?", Long.class,
                centre.id())).isEqualTo(3);
        assertThat(view.progress.isVisible()).isFalse();
        assertThat(view.progressText.getText()).isEqualTo("Listo: 1 mes recalculado, 3 sesiones contadas.");
        assertThat(view.start.isEnabled()).isTrue();
    }

    @Test
    void a_period_that_ends_before_it_starts_is_refused_with_a_message() {
        RebuildView view = navigate(RebuildView.class);
        view.from.setValue(month);
        view.to.setValue(month.minusMonths(1));

        test(view.start).click();

        assertThat(view.to.isInvalid()).isTrue();
        assertThat(view.to.getErrorMessage()).isEqualTo("El último mes no puede ser anterior al primero.");
        assertThat(view.progress.isVisible()).isFalse();
        assertThat(view.running.isDone()).isTrue();
    }

    private long sessions() {
        return jdbc.queryForObject("SELECT COALESCE(SUM(sessions), 0) FROM rollup_station_day WHERE centre_id = ?",
                Long.class, centre.id());
    }
}
