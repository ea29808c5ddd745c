package org.infoplaza.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.member.MemberRegistrations;
import org.infoplaza.member.MemberService;
import org.infoplaza.reporting.CentreMonth;
import org.infoplaza.reporting.MonthCycleService;
import org.infoplaza.security.Role;
import org.infoplaza.security.SystemAuthentication;
import org.infoplaza.station.StationDetails;
import org.infoplaza.testing.Fixtures;
import org.infoplaza.testing.IntegrationTest;
import org.infoplaza.testing.SignedIn;
import org.infoplaza.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo's past months at one centre: sessions only on open days within the opening hours, before today,
 * never two at once on a station or for a member, then counted and closed as the real rebuild and monthly job
 * do, so the centre's month shows them. The clock stands in 2031, months no other test uses, because closing
 * a month closes it for every active centre.
 */
@IntegrationTest
class DemoHistoryIntegrationTest {

    static final LocalDate TODAY = LocalDate.of(2031, 3, 12);

    @Autowired
    DemoHistory history;

    @Autowired
    Fixtures fixtures;

    @Autowired
    TestClock clock;

    @Autowired
    MemberService members;

    @Autowired
    MonthCycleService cycle;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void tearDown() {
        SignedIn.nobody();
        clock.reset();
    }

    @Test
    void the_past_months_are_plausible_sessions_counted_and_closed_like_real_ones() {
        clock.standAt(TODAY.atTime(10, 0));
        CentreDetails centre = fixtures.centre();
        List<StationDetails> stations = List.of(fixtures.station(centre.id(), "PC-01"),
                fixtures.station(centre.id(), "PC-02"), fixtures.station(centre.id(), "PC-03"));
        SignedIn.as(fixtures.staff(Role.OPERATOR, centre.id()));
        List<Long> regulars = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            regulars.add(members.register(MemberRegistrations.aMember(centre.id()).build()).id());
        }
        SignedIn.nobody();

        int written = SystemAuthentication.call(() -> history.create(
                List.of(new DemoHistory.Regulars(centre, stations, regulars))));

        List<Map<String, Object>> sessions = jdbc.queryForList("""
                SELECT station_id, member_id, kind, status, starts_at, ends_at FROM booking WHERE centre_id = ?""",
                centre.id());
        assertThat(sessions).hasSize(written).isNotEmpty();
        assertThat(sessions).allSatisfy(s -> {
            LocalDateTime starts = ((Timestamp) s.get("starts_at")).toLocalDateTime();
            LocalDateTime ends = ((Timestamp) s.get("ends_at")).toLocalDateTime();
            assertThat(starts.toLocalDate()).isAfterOrEqualTo(LocalDate.of(2030, 12, 1)).isBefore(TODAY);
            assertThat(centre.isOpenAt(starts.getDayOfWeek(), starts.toLocalTime())).as("open at %s", starts).isTrue();
            assertThat(ends).isAfter(starts);
            assertThat(s.get("member_id") == null).isEqualTo("GUEST".equals(s.get("kind")));
        });
        assertThat(jdbc.queryForObject("""
                SELECT COUNT(*) FROM booking a JOIN booking b ON a.id < b.id AND a.starts_at < b.ends_at
                  AND b.starts_at < a.ends_at AND a.status = 'COMPLETED' AND b.status = 'COMPLETED'
                  AND (a.station_id = b.station_id OR a.member_id = b.member_id)
                WHERE a.centre_id = ?""", Integer.class, centre.id())).as("sessions at once on a station or for a member")
                .isZero();
        assertThat(sessions).extracting(s -> s.get("kind")).contains("BOOKING", "WALK_IN", "GUEST");
        assertThat(sessions).extracting(s -> s.get("status")).contains("COMPLETED", "NO_SHOW");

        SignedIn.as(Role.ADMIN);
        YearMonth february = YearMonth.of(2031, 2);
        CentreMonth month = cycle.centreMonth(centre.id(), february);
        assertThat(month.figures().sessions()).isEqualTo(jdbc.queryForObject("""
                SELECT COUNT(*) FROM booking WHERE centre_id = ? AND status = 'COMPLETED'
                  AND starts_at >= '2031-02-01' AND starts_at < '2031-03-01'""", Long.class, centre.id()));
        assertThat(month.figures().uniqueMembers()).isBetween(2L, 12L);
        assertThat(month.report()).as("February is closed, as the monthly job closes a month").isNotNull();
        assertThat(cycle.centreMonth(centre.id(), YearMonth.from(TODAY)).figures().sessions())
                .as("this month up to yesterday, counted").isPositive();
    }
}
