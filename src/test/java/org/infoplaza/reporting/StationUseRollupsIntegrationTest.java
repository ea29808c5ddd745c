package org.infoplaza.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.infoplaza.member.MemberRegistrations.aMember;

import java.math.BigInteger;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Locale;
import java.util.Set;
import java.util.TimeZone;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.infoplaza.booking.BookingDetails;
import org.infoplaza.booking.BookingKind;
import org.infoplaza.booking.BookingRequest;
import org.infoplaza.booking.BookingService;
import org.infoplaza.booking.BookingCancelled;
import org.infoplaza.booking.BookingCheckedIn;
import org.infoplaza.booking.BookingStatus;
import org.infoplaza.booking.NoShowReleased;
import org.infoplaza.booking.QueueTicketServed;
import org.infoplaza.booking.TicketStatus;
import org.infoplaza.booking.WalkInQueue;
import org.infoplaza.booking.SessionEnded;
import org.infoplaza.booking.VisitPurpose;
import org.infoplaza.centre.CentreData;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.centre.CentreService;
import org.infoplaza.centre.MunicipalityOption;
import org.infoplaza.centre.CorregimientoOption;
import org.infoplaza.centre.GeographyService;
import org.infoplaza.member.AgeBand;
import org.infoplaza.member.Disability;
import org.infoplaza.member.Ethnicity;
import org.infoplaza.member.MemberService;
import org.infoplaza.member.Sex;
import org.infoplaza.security.Role;
import org.infoplaza.security.StaffPrincipal;
import org.infoplaza.security.SystemAuthentication;
import org.infoplaza.shared.DomainException;
import org.infoplaza.shared.PanamaTime;
import org.infoplaza.station.StationDetails;
import org.infoplaza.testing.Fixtures;
import org.infoplaza.testing.IntegrationTest;
import org.infoplaza.testing.SignedIn;
import org.infoplaza.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The station-use rollups count what the raw sessions say: month boundaries and midnight in Panama time,
 * guests, members at two centres; the same figures after a rebuild from the raw data, also after a random
 * day at the desk; nothing from a check-out that rolled back; aggregates for the secretariat only. The access
 * and equity rollups likewise: known answers for occupancy, bookings, queue waits and the equity tables, and
 * the same rows after a rebuild.
 */
@IntegrationTest
class StationUseRollupsIntegrationTest {

    private static final DateTimeFormatter SQL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Autowired
    StationUseRollups rollups;

    @Autowired
    IndicatorService indicators;

    @Autowired
    BookingService bookings;

    @Autowired
    MemberService members;

    @Autowired
    WalkInQueue queue;

    @Autowired
    GeographyService geography;

    @Autowired
    Fixtures fixtures;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    CentreService centres;

    @Autowired
    ReportUnits units;

    @Autowired
    MemberScopes scopes;

    CentreDetails centreA;
    CentreDetails centreB;
    StationDetails a1;
    StationDetails b1;
    StaffPrincipal operator;

    @BeforeEach
    void setUp() {
        centreA = fixtures.centre();
        centreB = fixtures.centre();
        a1 = fixtures.station(centreA.id());
        b1 = fixtures.station(centreB.id());
        operator = fixtures.staff(Role.OPERATOR, centreA.id());
        SignedIn.as(operator);
    }

    @AfterEach
    void tearDown() {
        SignedIn.nobody();
        clock.reset();
    }

    // --- known answers

    @Test
    void a_month_counts_sessions_on_their_first_day_splits_midnight_and_counts_each_member_once() {
        TimeZone jvmZone = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        try {
            long ana = members.register(aMember(centreA.id()).bornOn(LocalDate.of(2000, 2, 1)).build()).id();
            long beto = members.register(aMember(centreA.id()).bornOn(LocalDate.of(2010, 5, 5)).sex(Sex.MALE)
                    .withConsent().build()).id();
            long carlos = members.register(aMember(centreA.id()).bornOn(LocalDate.of(2007, 2, 15)).sex(Sex.MALE)
                    .build()).id();

            // Friday 31 January 2025, evening: Ana, 24 that day; a guest until after midnight.
            checkedOut(centreA, a1, ana, at("2025-01-31 20:00"), at("2025-01-31 21:30"));
            checkedOut(centreA, a1, null, at("2025-01-31 23:30"), at("2025-02-01 00:45"));
            // Saturday 1 February: Ana, 25 now, at both centres; Beto at both later in the month.
            checkedOut(centreA, a1, ana, at("2025-02-01 09:00"), at("2025-02-01 10:00"));
            checkedOut(centreB, b1, ana, at("2025-02-01 10:00"), at("2025-02-01 10:30"));
            checkedOut(centreB, b1, beto, at("2025-02-03 15:00"), at("2025-02-03 16:00"));
            checkedOut(centreA, a1, beto, at("2025-02-10 11:00"), at("2025-02-10 11:20"));
            // Carlos turns 18 on 15 February; his later session ends first, his first use still decides the band.
            checkedOut(centreA, a1, carlos, at("2025-02-20 14:00"), at("2025-02-20 14:40"));
            checkedOut(centreA, a1, carlos, at("2025-02-10 14:00"), at("2025-02-10 14:30"));

            SignedIn.as(Role.ADMIN);
            Set<Long> both = Set.of(centreA.id(), centreB.id());
            StationUseMonth january = rollups.month(YearMonth.of(2025, 1), both);
            StationUseMonth february = rollups.month(YearMonth.of(2025, 2), both);

            StationUseFigures janA = january.byCentre().get(centreA.id());
            assertThat(janA.sessions()).isEqualTo(2);
            assertThat(janA.guestSessions()).isEqualTo(1);
            assertThat(janA.minutes()).as("90 + the guest's 30 before midnight").isEqualTo(120);
            assertThat(janA.sessionMinutes()).isEqualTo(90 + 75);
            assertThat(janA.averageSessionMinutes()).isEqualTo(82.5);
            assertThat(janA.uniqueMembers()).isEqualTo(1);
            assertThat(janA.membersByAgeBand()).containsEntry(AgeBand.AGE_18_24, 1L).containsEntry(AgeBand.AGE_25_59, 0L);
            assertThat(january.byCentre().get(centreB.id()).sessions()).isZero();
            assertThat(january.byCentre().get(centreB.id()).averageSessionMinutes()).isNull();
            assertThat(january.together()).isEqualTo(janA);

            StationUseFigures febA = february.byCentre().get(centreA.id());
            assertThat(febA.sessions()).isEqualTo(4);
            assertThat(febA.guestSessions()).isZero();
            assertThat(febA.minutes()).as("the guest's 45 after midnight + 60 + 20 + 40 + 30").isEqualTo(195);
            assertThat(febA.sessionMinutes()).isEqualTo(150);
            assertThat(febA.hours()).isEqualTo(3.25);
            assertThat(febA.uniqueMembers()).isEqualTo(3);
            assertThat(febA.membersBySex()).containsEntry(Sex.FEMALE, 1L).containsEntry(Sex.MALE, 2L)
                    .containsEntry(Sex.OTHER_OR_UNSAID, 0L);
            assertThat(febA.membersByAgeBand()).containsEntry(AgeBand.AGE_25_59, 1L)
                    .containsEntry(AgeBand.AGE_12_14, 1L).containsEntry(AgeBand.AGE_15_17, 1L)
                    .containsEntry(AgeBand.AGE_18_24, 0L);

            StationUseFigures febB = february.byCentre().get(centreB.id());
            assertThat(febB.sessions()).isEqualTo(2);
            assertThat(febB.minutes()).isEqualTo(90);
            assertThat(febB.uniqueMembers()).isEqualTo(2);

            StationUseFigures together = february.together();
            assertThat(together.sessions()).isEqualTo(6);
            assertThat(together.minutes()).isEqualTo(285);
            assertThat(together.sessionMinutes()).isEqualTo(240);
            assertThat(together.uniqueMembers()).as("Ana and Beto used both centres").isEqualTo(3);
            assertThat(together.membersBySex()).containsEntry(Sex.FEMALE, 1L).containsEntry(Sex.MALE, 2L);
            assertThat(together.membersByAgeBand()).containsEntry(AgeBand.AGE_25_59, 1L)
                    .containsEntry(AgeBand.AGE_12_14, 1L).containsEntry(AgeBand.AGE_15_17, 1L);

            List<Map<String, Object>> before = rows(centreA, centreB);
            int counted = SystemAuthentication.call(() ->
                    rollups.rebuild(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 28), null));
            assertThat(counted).isGreaterThanOrEqualTo(8);
            assertThat(rows(centreA, centreB)).isEqualTo(before);
            assertThat(rollups.month(YearMonth.of(2025, 2), both)).isEqualTo(february);
        } finally {
            TimeZone.setDefault(jvmZone);
        }
    }

    @Test
    void a_rebuild_of_part_of_a_month_leaves_the_other_days_and_gives_the_same_figures() {
        long ana = members.register(aMember(centreA.id()).build()).id();
        checkedOut(centreA, a1, ana, at("2025-03-30 23:00"), at("2025-03-31 00:30"));
        checkedOut(centreA, a1, ana, at("2025-03-31 23:50"), at("2025-04-01 00:20"));
        checkedOut(centreA, a1, null, at("2025-03-10 10:00"), at("2025-03-10 11:00"));
        List<Map<String, Object>> before = rows(centreA);

        int counted = SystemAuthentication.call(() ->
                rollups.rebuild(LocalDate.of(2025, 3, 31), LocalDate.of(2025, 3, 31), centreA.id()));

        assertThat(counted).isEqualTo(1);
        assertThat(rows(centreA)).isEqualTo(before);
        assertThat(before).extracting(row -> row.get("use_day")).filteredOn(day -> day != null).hasSize(4);
    }

    @Test
    void access_and_equity_figures_count_known_events_and_leave_suppressed() {
        CorregimientoOption place = SystemAuthentication.call(() -> geography.currentCorregimientos(centreA.municipalityId()))
                .getFirst();
        List<Long> guna = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            guna.add(members.register(aMember(centreA.id()).sex(Sex.FEMALE).withSensitiveDataConsent()
                    .withEthnicity(Ethnicity.GUNA).withDisability(Disability.NO)
                    .livingIn(centreA.municipalityId(), place.id()).build()).id());
        }
        long afro = members.register(aMember(centreA.id()).sex(Sex.MALE).withSensitiveDataConsent()
                .withEthnicity(Ethnicity.AFRO_DESCENDANT).withDisability(Disability.YES).build()).id();
        // August 2023: the fixture centre opens on Mondays 08:00-12:00 and 13:00-17:00; four Mondays.
        for (long member : guna) {
            checkedOut(centreA, a1, member, at("2023-08-07 09:00"), at("2023-08-07 09:30"));
        }
        checkedOut(centreA, a1, afro, at("2023-08-14 10:30"), at("2023-08-14 12:00"));
        SystemAuthentication.run(() -> new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            for (int i = 0; i < 10; i++) {
                events.publishEvent(new BookingCheckedIn(1000 + i, centreA.id(), a1.id(), afro,
                        at("2023-08-21 08:00"), at("2023-08-21 08:02")));
            }
            for (int i = 0; i < 5; i++) {
                events.publishEvent(new NoShowReleased(2000 + i, centreA.id(), a1.id(), afro, at("2023-08-28 13:00")));
            }
            events.publishEvent(new BookingCancelled(3000, centreA.id(), a1.id(), afro, at("2023-08-28 14:00")));
            for (int wait : new int[] {2, 4, 4, 9, 30}) {
                events.publishEvent(new QueueTicketServed(4000 + wait, centreA.id(), at("2023-08-07 10:00"),
                        at("2023-08-07 10:00").plusMinutes(wait).plusSeconds(40)));
            }
            // Issued on the last evening of July: July's wait, not August's.
            events.publishEvent(new QueueTicketServed(5000, centreA.id(), at("2023-07-31 23:58"),
                    at("2023-08-01 00:20")));
        }));

        SignedIn.as(Role.SECRETARIAT);
        YearMonth august = YearMonth.of(2023, 8);
        AccessReport access = indicators.access(august, centreA.municipalityId(), Locale.of("es"));
        int row = access.centres().stream().map(StationUseReport.CentreRow::id).toList().indexOf(centreA.id());
        AccessReport.Occupancy occupancy = access.occupancy().get(row);
        assertThat(occupancy.usedHours()).as("6 × 30 min + 90 min").isEqualTo(4.5);
        assertThat(occupancy.offeredHours()).as("one station × 4 Mondays × 8 h").isEqualTo(32.0);
        assertThat(occupancy.rate()).isEqualTo(4.5 / 32);
        int bookingRow = access.bookings().rowLabels().indexOf(centreA.code());
        assertThat(access.bookings().cell(bookingRow, 0).display()).isEqualTo("10");
        assertThat(access.bookings().cell(bookingRow, 1).display()).isEqualTo("5");
        assertThat(access.noShowRates().get(bookingRow).value()).isEqualTo(5.0 / 15);
        assertThat(access.queue().get(row).medianMinutes()).as("waits 2, 4, 4, 9, 30").isEqualTo(4.0);
        assertThat(access.queue().get(row).served().display()).isEqualTo("5");
        int purposeRow = access.purposes().rowLabels().indexOf(centreA.code());
        assertThat(access.purposes().rowTotal(purposeRow).display()).isEqualTo("7");

        OccupancyGrid grid = indicators.occupancyGrid(august, centreA.municipalityId(), centreA.id(), Locale.of("es"));
        int nine = grid.hours().indexOf(9);
        assertThat(grid.rates().getFirst().get(nine)).as("Mondays 09:00: 180 of 240 minutes").isEqualTo(0.75);
        assertThat(grid.rates().getFirst().get(grid.hours().indexOf(11))).as("11:00: 60 of 240").isEqualTo(0.25);
        assertThat(grid.rates().get(1).get(nine)).as("closed on Tuesdays").isNull();

        EquityReport equity = indicators.equity(august, centreA.municipalityId(), Locale.of("es"));
        List<String> ethnicities = equity.ethnicity().columnLabels();
        PublishedCell man = equity.ethnicity().cell(0, ethnicities.size() - 1);
        PublishedCell women = equity.ethnicity().cell(0, ethnicities.indexOf("Guna"));
        assertThat(man.isHidden()).as("the man: not recorded, hidden").isTrue();
        assertThat(exact(women) && exact(equity.ethnicity().grandTotal()))
                .as("the six Guna women and the seven served not both exact, or 7 − 6 would give the man away")
                .isFalse();
        assertThat(equity.afroDescendant().cell(0, 0).isHidden()).isTrue();
        assertThat(equity.disability().cells().getFirst()).extracting(PublishedCell::display).doesNotContain("1");
        assertThat(equity.corregimientos().columnLabels()).contains(place.name());
        assertThat(exact(equity.corregimientos().cell(0, equity.corregimientos().columnLabels().indexOf(place.name()))))
                .as("six live there; the man's place is not recorded").isFalse();
        assertThat(equity.corregimientos().cell(0, equity.corregimientos().columnLabels().size() - 1).isHidden())
                .isTrue();

        SignedIn.as(Role.ADMIN);
        String currentMonth = YearMonth.now(PanamaTime.ZONE).toString();
        assertThat(jdbc.queryForList("""
                SELECT sex, SUM(members) AS members FROM rollup_registration
                WHERE centre_id = ? AND DATE_FORMAT(reg_month, '%Y-%m') = ? GROUP BY sex ORDER BY sex
                """, centreA.id(), currentMonth)).extracting(r -> r.get("sex") + "=" + r.get("members"))
                .containsExactly("FEMALE=6", "MALE=1");

        SignedIn.as(operator);
        assertThatThrownBy(() -> indicators.access(august, null, Locale.of("es")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> indicators.equity(august, null, Locale.of("es")))
                .isInstanceOf(AccessDeniedException.class);
    }

    // --- the rollups against the raw data

    @Test
    void after_random_operations_at_the_desk_the_rollups_equal_a_rebuild_from_the_raw_sessions() {
        Random random = new Random(7_2026);
        List<StationDetails> stations = List.of(a1, fixtures.station(centreA.id()), fixtures.station(centreA.id()));
        List<Long> people = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            people.add(members.register(aMember(centreA.id()).sex(i % 2 == 0 ? Sex.FEMALE : Sex.MALE).build()).id());
        }
        people.add(members.register(aMember(centreA.id()).minor().withStationConsent().build()).id());
        LocalDate first = LocalDate.now(PanamaTime.ZONE).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        LocalDate second = first.plusWeeks(1);

        for (LocalDate day : List.of(first, second)) {
            for (LocalDateTime now = day.atTime(8, 0); now.isBefore(day.atTime(17, 0));
                    now = now.plusMinutes(1 + random.nextInt(12))) {
                clock.standAt(now);
                randomOperation(random, now, stations, people);
            }
            clock.standAt(day.atTime(17, 0));
            endDueSessions();
        }

        List<Map<String, Object>> counted = rows(centreA);
        List<Map<String, Object>> accessCounted = accessRows(centreA);
        List<Map<String, Object>> membersCounted = memberCountRows(List.of(centreA), people);
        long completed = SystemAuthentication.call(() -> bookings.completedSessions(centreA.id(), first, second)).size();
        long guests = SystemAuthentication.call(() -> bookings.completedSessions(centreA.id(), first, second)).stream()
                .filter(s -> s.kind() == BookingKind.GUEST).count();
        List<BookingDetails> raw = new ArrayList<>(bookings.dayOf(centreA.id(), first));
        raw.addAll(bookings.dayOf(centreA.id(), second));
        assertThat(raw).as("the sequence did a bit of everything").extracting(BookingDetails::status)
                .contains(BookingStatus.COMPLETED, BookingStatus.CANCELLED, BookingStatus.NO_SHOW);
        assertThat(raw).filteredOn(b -> b.status() == BookingStatus.COMPLETED).extracting(BookingDetails::kind)
                .contains(BookingKind.BOOKING, BookingKind.WALK_IN, BookingKind.GUEST);
        assertThat(completed).as("a busy enough desk").isGreaterThan(20);
        assertThat(guests).isPositive();
        assertThat(sum(counted, "sessions")).isEqualTo(completed);
        assertThat(sum(counted, "guest_sessions")).isEqualTo(guests);
        assertThat(counted).filteredOn(row -> row.get("member_id") != null).hasSizeGreaterThanOrEqualTo(5);

        assertThat(accessCounted).as("bookings kept and missed").anyMatch(row -> positive(row, "checked_in"))
                .anyMatch(row -> positive(row, "no_shows")).anyMatch(row -> positive(row, "cancelled"));
        assertThat(accessCounted).as("queue waits").anyMatch(row -> positive(row, "tickets"));
        assertThat(accessCounted).as("registrations").anyMatch(row -> positive(row, "members"));
        assertThat(sum(accessCounted.stream().filter(row -> row.containsKey("purpose")).toList(), "sessions"))
                .as("every session under one purpose").isEqualTo(completed);
        assertThat(sum(accessCounted.stream().filter(row -> row.containsKey("hour")).toList(), "minutes"))
                .as("every minute in one hour").isEqualTo(sum(counted, "minutes"));

        // The people registered today, before the two weeks, are in the rebuilt months too.
        LocalDate today = LocalDate.now(PanamaTime.ZONE);
        LocalDate from = (today.isBefore(first) ? today : first).withDayOfMonth(1);
        assertThat(membersCounted).as("members counted per centre and per scope")
                .anyMatch(row -> row.containsKey("scope_id") && positive(row, "members"));
        assertCountsAgreeWithMemberRows(from.toString(), YearMonth.from(second).atDay(1).toString());
        SystemAuthentication.run(() -> rollups.rebuild(from, YearMonth.from(second).atEndOfMonth(), centreA.id()));
        assertThat(rows(centreA)).isEqualTo(counted);
        assertThat(accessRows(centreA)).isEqualTo(accessCounted);
        assertThat(memberCountRows(List.of(centreA), people)).isEqualTo(membersCounted);

        SystemAuthentication.run(() -> rollups.rebuild(second, second, centreA.id()));
        assertThat(rows(centreA)).isEqualTo(counted);
        assertThat(accessRows(centreA)).isEqualTo(accessCounted);
        assertThat(memberCountRows(List.of(centreA), people)).isEqualTo(membersCounted);
    }

    private void randomOperation(Random random, LocalDateTime now, List<StationDetails> stations, List<Long> people) {
        List<BookingDetails> today = bookings.dayOf(centreA.id(), now.toLocalDate());
        List<BookingDetails> booked = withStatus(today, BookingStatus.BOOKED);
        List<BookingDetails> inSession = withStatus(today, BookingStatus.IN_SESSION);
        VisitPurpose purpose = VisitPurpose.values()[random.nextInt(VisitPurpose.values().length)];
        long member = people.get(random.nextInt(people.size()));
        StationDetails station = stations.get(random.nextInt(stations.size()));
        try {
            switch (random.nextInt(12)) {
                case 0, 1 -> bookings.startWalkIn(member, centreA.id(), purpose);
                case 2 -> bookings.startGuestSession(centreA.id(), station.id(), purpose);
                case 3, 4 -> {
                    LocalDateTime start = now.withSecond(0).minusMinutes(now.getMinute() % 5)
                            .plusMinutes(5L * (1 + random.nextInt(12)));
                    bookings.book(new BookingRequest(member, centreA.id(), random.nextBoolean() ? station.id() : null,
                            start, 15 * (1 + random.nextInt(4))));
                }
                case 5 -> pick(random, booked).ifPresent(b -> bookings.checkIn(b.id(), purpose));
                case 6 -> pick(random, inSession).ifPresent(b -> bookings.checkOut(b.id()));
                case 7 -> pick(random, random.nextBoolean() ? booked : inSession)
                        .ifPresent(b -> bookings.extend(b.id(), 5 * (1 + random.nextInt(3))));
                case 8 -> pick(random, booked).ifPresent(b -> bookings.cancel(b.id(), b.version()));
                case 9 -> queue.issueTicket(random.nextInt(3) == 0 ? null : member, centreA.id(), purpose);
                case 10 -> pick(random, queue.queue(centreA.id()).stream()
                        .filter(t -> t.status() == TicketStatus.OFFERED).toList())
                        .ifPresent(t -> queue.accept(t.id(), t.version()));
                default -> {
                    bookings.releaseNoShows(centreA.id());
                    endDueSessions();
                    queue.offerFreeStations(centreA.id());
                }
            }
        } catch (DomainException refused) {
            // The desk is told no (station taken, daily limit, too early...): nothing changed, nothing counts.
        }
    }

    // --- the member counts

    @Test
    void sessions_that_end_out_of_order_move_the_member_to_the_earliest_use_in_every_count() {
        CentreDetails elsewhere = centreIn(otherMunicipality());
        StationDetails c1 = fixtures.station(elsewhere.id());
        // Turns 18 on 15 February 2018: 15-17 before, 18-24 from that day.
        long carlos = members.register(aMember(centreA.id()).bornOn(LocalDate.of(2000, 2, 15)).sex(Sex.MALE)
                .build()).id();
        YearMonth february = YearMonth.of(2018, 2);
        Set<Long> a = Set.of(centreA.id());
        Set<Long> c = Set.of(elsewhere.id());
        Set<Long> both = Set.of(centreA.id(), elsewhere.id());

        checkedOut(centreA, a1, carlos, at("2018-02-20 10:00"), at("2018-02-20 11:00"));
        assertThat(bands(february, a)).containsEntry(AgeBand.AGE_18_24, 1L).containsEntry(AgeBand.AGE_15_17, 0L);
        assertThat(scopeWinner(february, MemberCountTables.NATION, carlos)).isEqualTo(centreA.id() + " 2018-02-20");

        // Earlier, at a centre of another municipality: the nation's use moves there, centre A's stays.
        checkedOut(elsewhere, c1, carlos, at("2018-02-12 10:00"), at("2018-02-12 11:00"));
        assertThat(bands(february, a)).containsEntry(AgeBand.AGE_18_24, 1L).containsEntry(AgeBand.AGE_15_17, 0L);
        assertThat(bands(february, c)).containsEntry(AgeBand.AGE_15_17, 1L);
        assertThat(bands(february, both)).containsEntry(AgeBand.AGE_15_17, 1L).containsEntry(AgeBand.AGE_18_24, 0L);
        assertThat(scopeWinner(february, MemberCountTables.NATION, carlos)).isEqualTo(elsewhere.id() + " 2018-02-12");
        assertThat(scopeWinner(february, centreA.municipalityId(), carlos)).isEqualTo(centreA.id() + " 2018-02-20");

        // Earlier still, at centre A: A's row moves a band down, and A is the nation's use again.
        checkedOut(centreA, a1, carlos, at("2018-02-10 10:00"), at("2018-02-10 11:00"));
        assertThat(bands(february, a)).containsEntry(AgeBand.AGE_15_17, 1L).containsEntry(AgeBand.AGE_18_24, 0L);
        assertThat(bands(february, c)).containsEntry(AgeBand.AGE_15_17, 1L);
        assertThat(bands(february, both)).containsEntry(AgeBand.AGE_15_17, 1L).containsEntry(AgeBand.AGE_18_24, 0L);
        assertThat(scopeWinner(february, MemberCountTables.NATION, carlos)).isEqualTo(centreA.id() + " 2018-02-10");
        assertThat(scopeWinner(february, centreA.municipalityId(), carlos)).isEqualTo(centreA.id() + " 2018-02-10");
        assertThat(scopeWinner(february, elsewhere.municipalityId(), carlos)).isEqualTo(elsewhere.id() + " 2018-02-12");
        assertThat(scopeCounts(february, centreA.municipalityId())).containsExactly("AGE_15_17 MALE 1");
        assertThat(scopeCounts(february, MemberCountTables.NATION)).containsExactly("AGE_15_17 MALE 1");

        // Later uses change nothing; the same day at a lower centre id would, a higher one not.
        checkedOut(elsewhere, c1, carlos, at("2018-02-10 15:00"), at("2018-02-10 16:00"));
        assertThat(scopeWinner(february, MemberCountTables.NATION, carlos)).isEqualTo(centreA.id() + " 2018-02-10");
        assertCountsAgreeWithMemberRows("2018-02-01", "2018-02-01");

        List<Map<String, Object>> counted = memberCountRows(List.of(centreA, elsewhere), List.of(carlos));
        SystemAuthentication.run(() -> rollups.rebuild(february.atDay(1), february.atEndOfMonth(), null));
        assertThat(memberCountRows(List.of(centreA, elsewhere), List.of(carlos))).isEqualTo(counted);
        assertCountsAgreeWithMemberRows("2018-02-01", "2018-02-01");
    }

    @Test
    void a_deactivated_centre_that_served_members_keeps_them_out_of_the_active_centres_together() {
        CentreDetails closing = fixtures.centre();
        StationDetails closingStation = fixtures.station(closing.id());
        long both = members.register(aMember(centreA.id()).sex(Sex.FEMALE).build()).id();
        long onlyThere = members.register(aMember(centreA.id()).sex(Sex.MALE).build()).id();
        // April 2017: both women used the closing centre first; May: only centre A.
        checkedOut(closing, closingStation, both, at("2017-04-03 10:00"), at("2017-04-03 11:00"));
        checkedOut(closing, closingStation, onlyThere, at("2017-04-04 10:00"), at("2017-04-04 11:00"));
        checkedOut(centreA, a1, both, at("2017-04-05 10:00"), at("2017-04-05 11:00"));
        checkedOut(centreA, a1, both, at("2017-05-05 10:00"), at("2017-05-05 11:00"));
        long municipality = centreA.municipalityId();
        YearMonth april = YearMonth.of(2017, 4);
        YearMonth may = YearMonth.of(2017, 5);

        SignedIn.as(Role.SECRETARIAT);
        Set<Long> active = ids(units.rows(municipality, april));
        assertThat(active).contains(centreA.id(), closing.id());
        assertThat(rollups.figuresOf(april, active).together().uniqueMembers()).as("the scope's own counts")
                .isEqualTo(2);
        assertThat(scopes.counts(scopes.of(active), april.atDay(1))).isTrue();

        SystemAuthentication.run(() -> centres.setActive(closing.id(), closing.version(), false));
        active = ids(units.rows(municipality, april));
        assertThat(active).contains(centreA.id()).doesNotContain(closing.id());
        assertThat(scopes.counts(scopes.of(active), april.atDay(1))).as("the closed centre served people in April")
                .isFalse();
        assertThat(scopes.counts(scopes.of(active), may.atDay(1))).as("but nobody in May").isTrue();
        StationUseFigures aprilTogether = rollups.figuresOf(april, active).together();
        assertThat(aprilTogether.uniqueMembers()).as("only the woman used an active centre").isEqualTo(1);
        assertThat(aprilTogether.membersBySex()).containsEntry(Sex.FEMALE, 1L).containsEntry(Sex.MALE, 0L);
        assertThat(jdbc.queryForObject("""
                SELECT SUM(members) FROM rollup_station_scope_count WHERE scope_id = ? AND use_month = ?""",
                Long.class, municipality, april.atDay(1))).as("the municipality's own count still has both")
                .isEqualTo(2);
        assertThat(rollups.totalsOf(april, may, active)).extracting(StationUseRollups.MonthTotals::uniqueMembers)
                .containsExactly(1L, 1L);
        assertThat(rollups.totalsOf(april, may, active)).extracting(StationUseRollups.MonthTotals::sessions)
                .containsExactly(1L, 1L);
        assertThat(indicators.trend(may, municipality)).extracting(IndicatorService.MonthTrend::sessions)
                .endsWith(1L, 1L);
        assertThat(rollups.figuresOf(may, active).together().uniqueMembers()).isEqualTo(1);
    }

    @Test
    void a_centre_counts_from_the_month_it_opened_and_not_in_the_months_before() {
        CentreData data = fixtures.centreData(Fixtures.unique("NEW"));
        CentreDetails opened = SystemAuthentication.call(() -> centres.create(new CentreData(data.code(), data.name(),
                centreA.municipalityId(), data.corregimiento(), data.address(), data.phone(), data.email(),
                data.hostOrganisation(), data.hostKind(), data.rules(), data.openingHours(),
                LocalDate.of(2017, 5, 31), 0)));
        long municipality = centreA.municipalityId();

        SignedIn.as(Role.SECRETARIAT);
        assertThat(ids(units.rows(municipality, YearMonth.of(2017, 4)))).as("April, before it opened")
                .contains(centreA.id()).doesNotContain(opened.id());
        assertThat(ids(units.rows(municipality, YearMonth.of(2017, 5)))).as("May, opened on its last day")
                .contains(centreA.id(), opened.id());
        assertThat(ids(units.rows(null, YearMonth.of(2017, 4)))).as("nor in the country's April")
                .doesNotContain(opened.id());
    }

    @Test
    void two_check_outs_of_one_member_at_two_centres_at_once_count_the_member_once() throws Exception {
        StationDetails b2 = fixtures.station(centreB.id());
        assertThat(centreB.municipalityId()).isEqualTo(centreA.municipalityId());
        Random random = new Random(11);
        List<Long> people = new ArrayList<>();
        for (int round = 0; round < 12; round++) {
            // Turns 18 on 15 March 2016; the days below fall on both sides of that.
            long member = members.register(aMember(centreA.id()).bornOn(LocalDate.of(1998, 3, 15))
                    .sex(round % 2 == 0 ? Sex.FEMALE : Sex.MALE).build()).id();
            people.add(member);
            // Sometimes a use earlier in the month is already counted, so the race is about moving it.
            if (round % 3 == 0) {
                checkedOut(centreA, a1, member, at("2016-03-20 09:00"), at("2016-03-20 09:30"));
            }
            int dayA = 1 + random.nextInt(28);
            int dayB = random.nextBoolean() ? dayA : 1 + random.nextInt(28);
            CyclicBarrier together = new CyclicBarrier(2);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Future<?> atA = pool.submit(() -> checkedOutAfter(together, centreA, a1, member,
                        LocalDate.of(2016, 3, dayA).atTime(10, 0)));
                Future<?> atB = pool.submit(() -> checkedOutAfter(together, centreB, b2, member,
                        LocalDate.of(2016, 3, dayB).atTime(14, 0)));
                atA.get(30, TimeUnit.SECONDS);
                atB.get(30, TimeUnit.SECONDS);
            } finally {
                pool.shutdownNow();
            }
        }

        assertCountsAgreeWithMemberRows("2016-03-01", "2016-03-01");
        SignedIn.as(Role.ADMIN);
        StationUseMonth march = rollups.month(YearMonth.of(2016, 3), Set.of(centreA.id(), centreB.id()));
        assertThat(march.byCentre().get(centreA.id()).uniqueMembers()).isEqualTo(12);
        assertThat(march.byCentre().get(centreB.id()).uniqueMembers()).isEqualTo(12);
        assertThat(jdbc.queryForObject("""
                SELECT COUNT(*) FROM rollup_station_scope_member WHERE use_month = '2016-03-01' AND scope_id IN (0, ?)
                """, Long.class, centreA.municipalityId())).as("once in the municipality, once in the nation")
                .isEqualTo(24);
        List<Map<String, Object>> counted = memberCountRows(List.of(centreA, centreB), people);
        SystemAuthentication.run(() -> rollups.rebuild(LocalDate.of(2016, 3, 1), LocalDate.of(2016, 3, 31), null));
        assertThat(memberCountRows(List.of(centreA, centreB), people)).isEqualTo(counted);
    }

    /** A check-out that waits for another thread's before it counts, so that both count at the same moment. */
    private void checkedOutAfter(CyclicBarrier barrier, CentreDetails centre, StationDetails station, long memberId,
            LocalDateTime start) {
        checkedOut(centre, station, memberId, start, start.plusMinutes(30), () -> {
            try {
                barrier.await(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    // --- transactions and security

    @Test
    void a_check_out_that_rolls_back_leaves_no_count_and_one_that_commits_counts_once() {
        LocalDateTime monday = LocalDate.now(PanamaTime.ZONE).with(TemporalAdjusters.next(DayOfWeek.MONDAY))
                .atTime(9, 0);
        long ana = members.register(aMember(centreA.id()).build()).id();
        clock.standAt(monday);
        BookingDetails session = bookings.startWalkIn(ana, centreA.id(), VisitPurpose.EDUCATION);
        clock.standAt(monday.plusMinutes(25));

        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            bookings.checkOut(session.id());
            assertThat(rows(centreA)).as("counted inside the check-out's transaction").hasSize(2);
            status.setRollbackOnly();
        });

        assertThat(rows(centreA)).isEmpty();
        assertThat(bookings.get(session.id()).status()).isEqualTo(BookingStatus.IN_SESSION);

        bookings.checkOut(session.id());

        SignedIn.as(Role.ADMIN);
        StationUseFigures figures = rollups.month(YearMonth.from(monday), Set.of(centreA.id())).together();
        assertThat(figures.sessions()).isEqualTo(1);
        assertThat(figures.minutes()).isEqualTo(25);
        assertThat(figures.uniqueMembers()).isEqualTo(1);
    }

    @Test
    void the_secretariat_gets_only_suppressed_reports_and_operators_nothing() {
        long ana = members.register(aMember(centreA.id()).build()).id();
        checkedOut(centreA, a1, ana, at("2025-05-05 10:00"), at("2025-05-05 11:00"));

        SignedIn.as(Role.ADMIN);
        StationUseMonth may = rollups.month(YearMonth.of(2025, 5), Set.of(centreA.id()));
        assertThat(may.together().uniqueMembers()).isEqualTo(1);
        // What leaves the module: counts by centre, sex and age band; no component could carry a member's id.
        assertThat(Arrays.stream(StationUseMonth.class.getRecordComponents()).map(c -> c.getName()))
                .containsExactly("month", "byCentre", "together");
        assertThat(Arrays.stream(StationUseFigures.class.getRecordComponents()).map(c -> c.getName()))
                .containsExactly("sessions", "guestSessions", "minutes", "sessionMinutes", "uniqueMembers",
                        "membersBySex", "membersByAgeBand", "membersBySexAndAgeBand");

        SignedIn.as(Role.SECRETARIAT);
        assertThatThrownBy(() -> rollups.month(YearMonth.of(2025, 5), Set.of(centreA.id())))
                .as("raw counts stay with administrators").isInstanceOf(AccessDeniedException.class);
        StationUseReport report = indicators.stationUse(YearMonth.of(2025, 5), null, Locale.of("es"));
        int row = report.centres().stream().map(StationUseReport.CentreRow::id).toList().indexOf(centreA.id());
        assertThat(report.membersBySex().rowTotal(row).display()).as("one member is a small count").isEqualTo("<5");
        assertThat(report.togetherBySex().rowTotal(0).isHidden()).isTrue();
        assertThat(report.togetherBySexAndAgeBand().grandTotal().isHidden()).as("the cross table hides it too").isTrue();
        assertThat(report.activity().get(row).sessions()).isEqualTo(1);
        assertThatThrownBy(() -> rollups.rebuild(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 31), centreA.id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> bookings.completedSessions(centreA.id(), LocalDate.of(2025, 5, 1),
                LocalDate.of(2025, 5, 31))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> members.profileOf(ana, LocalDate.of(2025, 5, 5)))
                .isInstanceOf(AccessDeniedException.class);

        SignedIn.as(operator);
        assertThatThrownBy(() -> rollups.month(YearMonth.of(2025, 5), Set.of(centreA.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> indicators.stationUse(YearMonth.of(2025, 5), null, Locale.of("es")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rollups.rebuild(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 31), centreA.id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> bookings.completedSessions(centreA.id(), LocalDate.of(2025, 5, 1),
                LocalDate.of(2025, 5, 31))).isInstanceOf(AccessDeniedException.class);
    }

    // --- helpers

    private static LocalDateTime at(String panamaTime) {
        return LocalDateTime.parse(panamaTime.replace(' ', 'T'));
    }

    /**
     * A session in the past as a check-out leaves it: the completed booking row and, in the same transaction,
     * {@link SessionEnded}. Written directly because the desk cannot go back in time (nor open past midnight).
     */
    private void checkedOut(CentreDetails centre, StationDetails station, Long memberId, LocalDateTime start,
            LocalDateTime end) {
        checkedOut(centre, station, memberId, start, end, () -> { });
    }

    /** The same, running {@code beforeCounting} between writing the booking and publishing the event. */
    private void checkedOut(CentreDetails centre, StationDetails station, Long memberId, LocalDateTime start,
            LocalDateTime end, Runnable beforeCounting) {
        BookingKind kind = memberId == null ? BookingKind.GUEST : BookingKind.WALK_IN;
        SystemAuthentication.run(() -> new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            jdbc.update(connection -> {
                PreparedStatement insert = connection.prepareStatement("""
                        INSERT INTO booking (centre_id, station_id, member_id, kind, status, starts_at, ends_at,
                            checked_in_at, checked_out_at, purpose, created_at, created_by)
                        VALUES (?, ?, ?, ?, 'COMPLETED', ?, ?, ?, ?, 'EDUCATION', NOW(6), 0)
                        """, Statement.RETURN_GENERATED_KEYS);
                insert.setLong(1, centre.id());
                insert.setLong(2, station.id());
                insert.setObject(3, memberId);
                insert.setString(4, kind.name());
                insert.setString(5, start.format(SQL_TIME));
                insert.setString(6, end.format(SQL_TIME));
                insert.setString(7, start.format(SQL_TIME));
                insert.setString(8, end.format(SQL_TIME));
                return insert;
            }, key);
            beforeCounting.run();
            events.publishEvent(new SessionEnded(key.getKey().longValue(), centre.id(), station.id(), memberId, kind,
                    VisitPurpose.EDUCATION, start, end));
        }));
    }

    private void endDueSessions() {
        SystemAuthentication.run(() -> bookings.endDueSessions(centreA.id()));
    }

    /** Every rollup row of these centres, days first then members, in key order; dates as text. */
    private List<Map<String, Object>> rows(CentreDetails... centres) {
        String ids = Arrays.stream(centres).map(c -> String.valueOf(c.id())).collect(Collectors.joining(","));
        List<Map<String, Object>> rows = new ArrayList<>(jdbc.queryForList("""
                SELECT centre_id, DATE_FORMAT(use_day, '%Y-%m-%d') AS use_day, sessions, guest_sessions,
                       session_minutes, minutes
                FROM rollup_station_day WHERE centre_id IN (""" + ids + ") ORDER BY centre_id, use_day"));
        rows.addAll(jdbc.queryForList("""
                SELECT centre_id, DATE_FORMAT(use_month, '%Y-%m') AS use_month, member_id,
                       DATE_FORMAT(first_day, '%Y-%m-%d') AS first_day, sex, age_band
                FROM rollup_station_member WHERE centre_id IN (""" + ids + ") ORDER BY centre_id, use_month, member_id"));
        return rows;
    }

    /** Every access rollup row of these centres and the equity columns of their member rows; dates as text. */
    private List<Map<String, Object>> accessRows(CentreDetails... centres) {
        String ids = Arrays.stream(centres).map(c -> String.valueOf(c.id())).collect(Collectors.joining(","));
        List<Map<String, Object>> rows = new ArrayList<>(jdbc.queryForList("""
                SELECT centre_id, DATE_FORMAT(use_month, '%Y-%m') AS use_month, weekday, hour, minutes
                FROM rollup_station_hour WHERE centre_id IN (""" + ids + ") ORDER BY centre_id, use_month, weekday, hour"));
        rows.addAll(jdbc.queryForList("""
                SELECT centre_id, DATE_FORMAT(booking_day, '%Y-%m-%d') AS booking_day, checked_in, no_shows, cancelled
                FROM rollup_booking_day WHERE centre_id IN (""" + ids + ") ORDER BY centre_id, booking_day"));
        rows.addAll(jdbc.queryForList("""
                SELECT centre_id, DATE_FORMAT(wait_month, '%Y-%m') AS wait_month, minutes AS waited, tickets
                FROM rollup_queue_wait WHERE centre_id IN (""" + ids + ") ORDER BY centre_id, wait_month, minutes"));
        rows.addAll(jdbc.queryForList("""
                SELECT centre_id, DATE_FORMAT(use_month, '%Y-%m') AS use_month, purpose, sessions
                FROM rollup_station_purpose WHERE centre_id IN (""" + ids + ") ORDER BY centre_id, use_month, purpose"));
        rows.addAll(jdbc.queryForList("""
                SELECT centre_id, DATE_FORMAT(reg_month, '%Y-%m') AS reg_month, sex, age_band, members
                FROM rollup_registration WHERE centre_id IN (""" + ids + ") ORDER BY centre_id, reg_month, sex, age_band"));
        rows.addAll(jdbc.queryForList("""
                SELECT centre_id, DATE_FORMAT(use_month, '%Y-%m') AS use_month, member_id, ethnicity, afro_descendant,
                       disability, corregimiento_id
                FROM rollup_station_member WHERE centre_id IN (""" + ids + ") ORDER BY centre_id, use_month, member_id"));
        return rows;
    }

    private long otherMunicipality() {
        return SystemAuthentication.call(() -> centres.municipalities()).stream()
                .map(MunicipalityOption::id).filter(id -> id != centreA.municipalityId()).findFirst().orElseThrow();
    }

    private CentreDetails centreIn(long municipalityId) {
        CentreData data = fixtures.centreData(Fixtures.unique("M"));
        return SystemAuthentication.call(() -> centres.create(new CentreData(data.code(), data.name(), municipalityId,
                data.corregimiento(), data.address(), data.phone(), data.email(), data.hostOrganisation(),
                data.hostKind(), data.rules(), data.openingHours(), data.openedOn(), 0)));
    }

    private static Set<Long> ids(List<StationUseReport.CentreRow> rows) {
        return new LinkedHashSet<>(rows.stream().map(StationUseReport.CentreRow::id).toList());
    }

    /** Members of these centres (together) in the month by age band, as the reports read them. */
    private Map<AgeBand, Long> bands(YearMonth month, Set<Long> centreIds) {
        return rollups.figuresOf(month, centreIds).together().membersByAgeBand();
    }

    /** "centre first-day" of the use that counts the member in the scope and month. */
    private String scopeWinner(YearMonth month, long scopeId, long memberId) {
        return jdbc.queryForObject("""
                SELECT CONCAT(centre_id, ' ', first_day) FROM rollup_station_scope_member
                WHERE scope_id = ? AND use_month = ? AND member_id = ?""", String.class, scopeId, month.atDay(1),
                memberId);
    }

    /** "band sex members" of the scope's month, counts above zero. */
    private List<String> scopeCounts(YearMonth month, long scopeId) {
        return jdbc.queryForList("""
                SELECT CONCAT(age_band, ' ', sex, ' ', members) FROM rollup_station_scope_count
                WHERE scope_id = ? AND use_month = ? AND members > 0 ORDER BY age_band, sex""", String.class, scopeId,
                month.atDay(1));
    }

    /**
     * The member counts of these centres, the scope rows of these members, and the scope counts of the months
     * those members were counted in (the whole scopes: they include other tests' members); dates as text.
     */
    private List<Map<String, Object>> memberCountRows(List<CentreDetails> centres, List<Long> people) {
        String ids = centres.stream().map(c -> String.valueOf(c.id())).collect(Collectors.joining(","));
        String members = people.stream().map(String::valueOf).collect(Collectors.joining(","));
        List<Map<String, Object>> rows = new ArrayList<>(jdbc.queryForList("""
                SELECT centre_id, DATE_FORMAT(use_month, '%Y-%m') AS use_month, sex, age_band, members
                FROM rollup_station_member_count WHERE members > 0 AND centre_id IN (""" + ids + """
                ) ORDER BY centre_id, use_month, sex, age_band"""));
        rows.addAll(jdbc.queryForList("""
                SELECT scope_id, DATE_FORMAT(use_month, '%Y-%m') AS use_month, member_id, centre_id,
                       DATE_FORMAT(first_day, '%Y-%m-%d') AS first_day, sex, age_band, ethnicity, afro_descendant,
                       disability, corregimiento_id
                FROM rollup_station_scope_member WHERE member_id IN (""" + members + """
                ) ORDER BY scope_id, use_month, member_id"""));
        rows.addAll(jdbc.queryForList("""
                SELECT scope_id, DATE_FORMAT(use_month, '%Y-%m') AS use_month, sex, age_band, members
                FROM rollup_station_scope_count
                WHERE members > 0 AND use_month IN (SELECT use_month FROM rollup_station_scope_member
                                                    WHERE member_id IN (""" + members + """
                ))
                ORDER BY scope_id, use_month, sex, age_band"""));
        return rows;
    }

    /**
     * In the months {@code from} to {@code to} (first days), the member counts say what the member rows say:
     * each centre's counts are its rows grouped, each scope's rows are its centres' rows de-duplicated as the
     * reports' fallback does (earliest first day, lowest centre), and each scope's counts are its rows grouped.
     */
    private void assertCountsAgreeWithMemberRows(String from, String to) {
        assertThat(whole(jdbc.queryForList("""
                SELECT centre_id, use_month, sex, age_band, members FROM rollup_station_member_count
                WHERE use_month BETWEEN ? AND ? AND members > 0 ORDER BY 1, 2, 3, 4""", from, to)))
                .as("centre counts").isEqualTo(whole(jdbc.queryForList("""
                SELECT centre_id, use_month, sex, age_band, COUNT(*) AS members FROM rollup_station_member
                WHERE use_month BETWEEN ? AND ? GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4""", from, to)));
        String scopeRows = """
                SELECT scope_id, use_month, member_id, centre_id, first_day, sex, age_band, ethnicity, afro_descendant,
                       disability, corregimiento_id
                FROM (SELECT m.*, %s AS scope_id, ROW_NUMBER() OVER (PARTITION BY %s, use_month, member_id
                                                                     ORDER BY first_day, centre_id) AS nth
                      FROM rollup_station_member m JOIN centre c ON c.id = m.centre_id
                      WHERE use_month BETWEEN ? AND ?) AS uses
                WHERE nth = 1
                """;
        List<Map<String, Object>> expected = new ArrayList<>(jdbc.queryForList(
                scopeRows.formatted("0", "0") + " ORDER BY 2, 3", from, to));
        expected.addAll(jdbc.queryForList(scopeRows.formatted("c.municipality_id", "c.municipality_id")
                + " ORDER BY 1, 2, 3", from, to));
        assertThat(whole(jdbc.queryForList("""
                SELECT scope_id, use_month, member_id, centre_id, first_day, sex, age_band, ethnicity, afro_descendant,
                       disability, corregimiento_id
                FROM rollup_station_scope_member WHERE use_month BETWEEN ? AND ? ORDER BY 1, 2, 3""", from, to)))
                .as("scope rows").isEqualTo(whole(expected));
        assertThat(whole(jdbc.queryForList("""
                SELECT scope_id, use_month, sex, age_band, members FROM rollup_station_scope_count
                WHERE use_month BETWEEN ? AND ? AND members > 0 ORDER BY 1, 2, 3, 4""", from, to)))
                .as("scope counts").isEqualTo(whole(jdbc.queryForList("""
                SELECT scope_id, use_month, sex, age_band, COUNT(*) AS members FROM rollup_station_scope_member
                WHERE use_month BETWEEN ? AND ? GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4""", from, to)));
    }

    /** The rows with every whole number as a long: an INT column and a COUNT(*) come back as different types. */
    private static List<Map<String, Object>> whole(List<Map<String, Object>> rows) {
        return rows.stream().map(row -> {
            Map<String, Object> copy = new LinkedHashMap<>();
            row.forEach((column, value) -> copy.put(column, value instanceof Integer || value instanceof Long
                    || value instanceof BigInteger ? ((Number) value).longValue() : value));
            return copy;
        }).toList();
    }

    private static boolean positive(Map<String, Object> row, String column) {
        return row.get(column) instanceof Number number && number.longValue() > 0;
    }

    private static long sum(List<Map<String, Object>> rows, String column) {
        return rows.stream().filter(row -> row.get(column) != null)
                .mapToLong(row -> ((Number) row.get(column)).longValue()).sum();
    }

    private static List<BookingDetails> withStatus(List<BookingDetails> bookings, BookingStatus status) {
        return bookings.stream().filter(b -> b.status() == status).toList();
    }

    private static <T> Optional<T> pick(Random random, List<T> items) {
        return items.isEmpty() ? Optional.empty() : Optional.of(items.get(random.nextInt(items.size())));
    }

    /** Shown as the true count: neither hidden nor rounded. */
    static boolean exact(PublishedCell cell) {
        return cell instanceof PublishedCell.Shown shown && !shown.rounded();
    }
}
