package org.infoplaza.reporting;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import javax.sql.DataSource;
import org.infoplaza.member.MemberRules;

/**
 * Five years of a national network, written straight into the tables of the modules that own them, for the
 * reporting benchmark ({@link NationalReportingBenchmark}): the three seeded municipalities, centres with
 * stations and opening hours, members with a realistic sex and age mix, completed station sessions (booking's
 * {@code booking} rows, as {@code BookingService.completedSessions} reads them) and workshop cohorts with
 * their sessions, enrolments and attendance marks.
 *
 * <p>Going through the services would take days for ten million sessions, so the rows are generated here and
 * loaded with {@code LOAD DATA LOCAL INFILE} from an in-memory stream (members and the small tables with
 * multi-row inserts, so the member triggers fill the name words as for any registration). Foreign-key and
 * unique checks are switched off for the loading connection only: every id written comes from this class.
 * Nothing is counted in the rollups; the benchmark fills them with the real rebuild. The same seed gives the
 * same data.
 */
final class ReportingDataGenerator {

    /** What to generate; {@link #national()} is issue #7's scale. */
    record Plan(int centres, int members, long targetSessions, long targetAttendance, LocalDate firstDay,
            LocalDate lastDay, long seed) {

        static Plan national() {
            return new Plan(30, 60_000, 10_000_000, 1_000_000, LocalDate.of(2021, 1, 1), LocalDate.of(2025, 12, 31), 7);
        }

        Plan scaled(double factor) {
            return new Plan(centres, Math.max(1_000, (int) (members * factor)), (long) (targetSessions * factor),
                    (long) (targetAttendance * factor), firstDay, lastDay, seed);
        }
    }

    /** What was generated, and how long each part took. */
    record Result(List<Long> municipalityIds, Map<Long, Long> centreMunicipality, int stations, int members,
            long sessions, long guestSessions, int cohorts, long attendance, Duration people, Duration sessionsTime,
            Duration workshopsTime) {

        Duration total() {
            return people.plus(sessionsTime).plus(workshopsTime);
        }
    }

    private static final int ROWS_PER_LOAD = 400_000;
    private static final int ROWS_PER_INSERT = 2_000;
    /** Sessions one station gives over the five years at the opening hours below, measured on a first run. */
    private static final double SESSIONS_PER_STATION = 13_200;
    private static final int OPENS = 8 * 60;
    private static final int CLOSES_WEEKDAY = 18 * 60;
    private static final int CLOSES_SATURDAY = 13 * 60;
    private static final Set<MonthDay> HOLIDAYS = Set.of(MonthDay.of(1, 1), MonthDay.of(1, 9), MonthDay.of(5, 1),
            MonthDay.of(11, 3), MonthDay.of(11, 10), MonthDay.of(11, 28), MonthDay.of(12, 8), MonthDay.of(12, 25));

    private static final String[] GIVEN = {"José", "María", "Luis", "Ana", "Carlos", "Yaritza", "Kevin", "Dayana",
            "Jorge", "Yessenia", "Abdiel", "Itzel", "Eduardo", "Karina", "Josué", "Nicole", "Ricardo", "Aris"};
    private static final String[] SURNAMES = {"González", "Rodríguez", "Pérez", "Sánchez", "Batista", "Castillo",
            "Herrera", "Núñez", "Mendoza", "Ríos", "Quintero", "Valdés", "Ábrego", "Martínez", "Archibold", "Gómez"};
    /** Ages in completed years on the middle day, by band: children and young people use the centres most. */
    private static final int[][] AGE_MIX = {{6, 11, 14}, {12, 14, 11}, {15, 17, 10}, {18, 24, 17}, {25, 59, 38},
            {60, 80, 10}};
    private static final String[] PURPOSES = {"EDUCATION", "EDUCATION", "EDUCATION", "EDUCATION", "EDUCATION",
            "EDUCATION", "EDUCATION", "EMPLOYMENT", "EMPLOYMENT", "GOVERNMENT_SERVICES", "GOVERNMENT_SERVICES",
            "COMMUNICATION", "COMMUNICATION", "COMMUNICATION", "LEISURE", "LEISURE", "HEALTH", "ENTREPRENEURSHIP",
            "TRAINING", "OTHER"};
    private static final String[] TRACKS = {"DIGITAL_SKILLS", "CODING_FOR_CHILDREN", "EMPLOYMENT_SKILLS",
            "VIOLENCE_PREVENTION", "GENDER_AND_MASCULINITIES", "HUMAN_RIGHTS", "COMMUNITY_PARTICIPATION", "OTHER"};

    private static final String[] CLOCK = new String[24 * 60];

    static {
        for (int m = 0; m < CLOCK.length; m++) {
            CLOCK[m] = String.format(Locale.ROOT, "%02d:%02d:00", m / 60, m % 60);
        }
    }

    private final DataSource dataSource;

    ReportingDataGenerator(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    Result generate(Plan plan) throws SQLException {
        Random random = new Random(plan.seed());
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            connection.setAutoCommit(true);
            sql.execute("SET SESSION foreign_key_checks = 0, unique_checks = 0");
            try {
                long t0 = System.nanoTime();
                List<Long> municipalities = ids(sql, "SELECT id FROM municipality ORDER BY id LIMIT 3");
                Map<Long, Long> centreMunicipality = centres(sql, plan, municipalities);
                List<Long> centreIds = new ArrayList<>(centreMunicipality.keySet());
                Map<Long, List<Long>> stations = stations(sql, plan, centreIds, random);
                Map<Long, List<Long>> membersByCentre = members(sql, plan, centreIds, centreMunicipality, random);
                long t1 = System.nanoTime();
                System.out.printf(Locale.ROOT, "centres, stations and %,d members in %.0f s%n", plan.members(),
                        (t1 - t0) / 1e9);
                long[] sessions = sessions(sql, plan, centreMunicipality, stations, membersByCentre, random);
                long t2 = System.nanoTime();
                long[] workshops = workshops(sql, plan, centreIds, membersByCentre, random);
                long t3 = System.nanoTime();
                int stationCount = stations.values().stream().mapToInt(List::size).sum();
                return new Result(municipalities, centreMunicipality, stationCount, plan.members(), sessions[0],
                        sessions[1], (int) workshops[0], workshops[1], Duration.ofNanos(t1 - t0),
                        Duration.ofNanos(t2 - t1), Duration.ofNanos(t3 - t2));
            } finally {
                sql.execute("SET SESSION foreign_key_checks = 1, unique_checks = 1");
            }
        }
    }

    /** Ten centres per municipality (for 30), open Monday to Friday 08:00-18:00 and Saturday 08:00-13:00. */
    private static Map<Long, Long> centres(Statement sql, Plan plan, List<Long> municipalities) throws SQLException {
        Map<Long, Long> centres = new LinkedHashMap<>();
        for (int i = 0; i < plan.centres(); i++) {
            long municipality = municipalities.get(i % municipalities.size());
            String code = String.format(Locale.ROOT, "NAC-%02d", i + 1);
            sql.executeUpdate("INSERT INTO centre (code, name, municipality_id, host_kind, max_session_minutes, "
                    + "daily_minutes_per_member, no_show_grace_minutes, booking_horizon_days) VALUES ('" + code
                    + "', 'Infoplaza " + code + "', " + municipality + ", 'JUNTA_COMUNAL', 120, 240, 10, 14)",
                    Statement.RETURN_GENERATED_KEYS);
            long id;
            try (var keys = sql.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
            centres.put(id, municipality);
            StringBuilder hours = new StringBuilder("INSERT INTO centre_opening_hours VALUES ");
            for (int day = 1; day <= 6; day++) {
                hours.append(day > 1 ? "," : "").append('(').append(id).append(',').append(day)
                        .append(",'08:00','").append(day == 6 ? "13:00" : "18:00").append("')");
            }
            sql.executeUpdate(hours.toString());
        }
        return centres;
    }

    /** 15 to 35 stations a centre (25 on average at the national scale), scaled to the sessions asked for. */
    private static Map<Long, List<Long>> stations(Statement sql, Plan plan, List<Long> centreIds, Random random)
            throws SQLException {
        double perCentre = plan.targetSessions() / SESSIONS_PER_STATION / plan.centres()
                * (1826.0 / (plan.lastDay().toEpochDay() - plan.firstDay().toEpochDay() + 1));
        Map<Long, List<Long>> stations = new LinkedHashMap<>();
        for (long centreId : centreIds) {
            int count = Math.max(1, (int) Math.round(perCentre * (0.6 + 0.8 * random.nextDouble())));
            StringBuilder insert = new StringBuilder("INSERT INTO station (centre_id, label, kind, status) VALUES ");
            for (int s = 1; s <= count; s++) {
                insert.append(s > 1 ? "," : "").append('(').append(centreId).append(",'PC-")
                        .append(String.format(Locale.ROOT, "%02d", s)).append("','DESKTOP','IN_SERVICE')");
            }
            sql.executeUpdate(insert.toString());
            stations.put(centreId, ids(sql, "SELECT id FROM station WHERE centre_id = " + centreId + " ORDER BY id"));
        }
        return stations;
    }

    /**
     * Members spread over the centres, registered before the first day: 53 % women, 46 % men, 1 % other or
     * unsaid; ages on the middle day as in {@link #AGE_MIX}.
     */
    private static Map<Long, List<Long>> members(Statement sql, Plan plan, List<Long> centreIds,
            Map<Long, Long> municipalityOf, Random random) throws SQLException {
        LocalDate middle = plan.firstDay().plusDays((plan.lastDay().toEpochDay() - plan.firstDay().toEpochDay()) / 2);
        String registered = plan.firstDay().minusDays(1) + " 12:00:00";
        long firstId = next(sql, "member");
        StringBuilder insert = new StringBuilder();
        Map<Long, List<Long>> byCentre = new LinkedHashMap<>();
        for (int i = 0; i < plan.members(); i++) {
            long centreId = centreIds.get(i % centreIds.size());
            byCentre.computeIfAbsent(centreId, c -> new ArrayList<>()).add(firstId + i);
            String given = GIVEN[random.nextInt(GIVEN.length)];
            String surnames = SURNAMES[random.nextInt(SURNAMES.length)] + " " + SURNAMES[random.nextInt(SURNAMES.length)];
            int roll = random.nextInt(100);
            String sex = roll < 53 ? "FEMALE" : roll < 99 ? "MALE" : "OTHER_OR_UNSAID";
            LocalDate born = middle.minusYears(age(random)).minusDays(random.nextInt(365));
            if (insert.isEmpty()) {
                insert.append("INSERT INTO member (id, member_number, given_names, surnames, normalised_name, ")
                        .append("date_of_birth, sex, id_type, preferred_language, home_centre_id, municipality_id, ")
                        .append("registered_at, registered_by, last_active_on) VALUES ");
            } else {
                insert.append(',');
            }
            insert.append('(').append(firstId + i).append(",'NAC").append(firstId + i).append("','").append(given)
                    .append("','").append(surnames).append("','")
                    .append(MemberRules.normaliseName(given + " " + surnames)).append("','").append(born).append("','")
                    .append(sex).append("','NONE','es',").append(centreId).append(',')
                    .append(municipalityOf.get(centreId)).append(",'").append(registered).append("',0,'")
                    .append(plan.lastDay()).append("')");
            if ((i + 1) % ROWS_PER_INSERT == 0) {
                sql.executeUpdate(insert.toString());
                insert.setLength(0);
            }
        }
        if (!insert.isEmpty()) {
            sql.executeUpdate(insert.toString());
        }
        return byCentre;
    }

    private static int age(Random random) {
        int roll = random.nextInt(100);
        for (int[] band : AGE_MIX) {
            if (roll < band[2]) {
                return band[0] + random.nextInt(band[1] - band[0] + 1);
            }
            roll -= band[2];
        }
        throw new IllegalStateException("AGE_MIX must add up to 100");
    }

    /**
     * Every open day, every station is used from opening to closing: sessions of 15 to 90 minutes with gaps
     * of up to 20 minutes, so stations never overlap. 8 % are guests; a member session is mostly a member of
     * the centre (the more active members more often), one in eight a member of another centre of the
     * municipality. Returns {sessions, guest sessions}.
     */
    private long[] sessions(Statement sql, Plan plan, Map<Long, Long> municipalityOf, Map<Long, List<Long>> stations,
            Map<Long, List<Long>> membersByCentre, Random random) throws SQLException {
        Map<Long, List<Long>> byMunicipality = new LinkedHashMap<>();
        membersByCentre.forEach((centre, ids) -> byMunicipality.computeIfAbsent(municipalityOf.get(centre),
                m -> new ArrayList<>()).addAll(ids));
        Chunk chunk = new Chunk(sql, """
                LOAD DATA LOCAL INFILE 'sessions.tsv' INTO TABLE booking
                (centre_id, station_id, member_id, kind, status, starts_at, ends_at, checked_in_at, checked_out_at,
                 purpose, created_at, created_by)""");
        long sessions = 0;
        long guests = 0;
        for (LocalDate day = plan.firstDay(); !day.isAfter(plan.lastDay()); day = day.plusDays(1)) {
            if (day.getDayOfYear() == 1) {
                System.out.printf(Locale.ROOT, "generating sessions of %d (%,d so far)%n", day.getYear(), sessions);
            }
            if (day.getDayOfWeek() == DayOfWeek.SUNDAY || HOLIDAYS.contains(MonthDay.from(day))) {
                continue;
            }
            int closes = day.getDayOfWeek() == DayOfWeek.SATURDAY ? CLOSES_SATURDAY : CLOSES_WEEKDAY;
            String date = day + " ";
            for (var centre : stations.entrySet()) {
                long centreId = centre.getKey();
                List<Long> home = membersByCentre.get(centreId);
                List<Long> around = byMunicipality.get(municipalityOf.get(centreId));
                for (long stationId : centre.getValue()) {
                    int start = OPENS + random.nextInt(30);
                    while (true) {
                        int length = 15 + 5 * random.nextInt(16);
                        int end = Math.min(start + length, closes);
                        if (end - start < 10) {
                            break;
                        }
                        boolean guest = random.nextInt(100) < 8;
                        String member;
                        String kind;
                        if (guest) {
                            member = "\\N";
                            kind = "GUEST";
                            guests++;
                        } else {
                            List<Long> pool = random.nextInt(8) == 0 ? around : home;
                            double u = random.nextDouble();
                            member = Long.toString(pool.get((int) (pool.size() * u * u)));
                            kind = random.nextInt(100) < 35 ? "BOOKING" : "WALK_IN";
                        }
                        String from = date + clock(start);
                        String to = date + clock(end);
                        chunk.row(centreId, stationId, member, kind, "COMPLETED", from, to, from, to,
                                PURPOSES[random.nextInt(PURPOSES.length)], from, "0");
                        sessions++;
                        start = end + random.nextInt(21);
                    }
                }
            }
        }
        chunk.flush();
        return new long[] {sessions, guests};
    }

    /**
     * Courses of every track; at each centre, cohorts starting every quarter (as many as the attendance asked
     * for needs, four at the national scale), each meeting twice a week for ten weeks (20 sessions of two
     * hours) with 20 enrolled members of the centre, who are marked present (80 %), absent or excused at every
     * session. Returns {cohorts, attendance marks}.
     */
    private long[] workshops(Statement sql, Plan plan, List<Long> centreIds, Map<Long, List<Long>> membersByCentre,
            Random random) throws SQLException {
        int quarters = (int) Math.max(1, (plan.lastDay().toEpochDay() - plan.firstDay().toEpochDay() + 1) / 91);
        int perQuarter = (int) Math.max(1, Math.round(plan.targetAttendance() / (double) (centreIds.size() * quarters * 400)));
        long firstCourse = next(sql, "course");
        StringBuilder courses = new StringBuilder("INSERT INTO course (id, title, track, planned_sessions, planned_hours, "
                + "created_at) VALUES ");
        for (int t = 0; t < TRACKS.length; t++) {
            courses.append(t > 0 ? "," : "").append('(').append(firstCourse + t).append(",'Curso ").append(TRACKS[t])
                    .append("','").append(TRACKS[t]).append("',20,40.0,'").append(plan.firstDay()).append(" 00:00:00')");
        }
        sql.executeUpdate(courses.toString());
        long cohortId = next(sql, "cohort");
        long sessionId = next(sql, "workshop_session");
        Inserts cohorts = new Inserts(sql, "INSERT INTO cohort (id, course_id, centre_id, name, capacity, enrolment_opens, "
                + "enrolment_closes, created_at, created_by) VALUES ");
        Inserts sessions = new Inserts(sql, "INSERT INTO workshop_session (id, cohort_id, starts_at, ends_at) VALUES ");
        Inserts enrolments = new Inserts(sql, "INSERT INTO enrolment (cohort_id, member_id, status, queued_at, enrolled_at, "
                + "created_by) VALUES ");
        Chunk attendance = new Chunk(sql, """
                LOAD DATA LOCAL INFILE 'attendance.tsv' INTO TABLE attendance
                (session_id, member_id, status, recorded_at, recorded_by)""");
        int cohortCount = 0;
        for (int q = 0; q < quarters; q++) {
            LocalDate quarterStart = plan.firstDay().plusDays(91L * q);
            for (long centreId : centreIds) {
                List<Long> members = membersByCentre.get(centreId);
                for (int k = 0; k < perQuarter; k++) {
                    long id = cohortId++;
                    cohortCount++;
                    LocalDate monday = quarterStart.plusDays(7 + 7 * (k % 3)).with(DayOfWeek.MONDAY);
                    cohorts.row(id + "," + (firstCourse + random.nextInt(TRACKS.length)) + "," + centreId + ",'Grupo "
                            + (q + 1) + "-" + (k + 1) + "',25,'" + monday.minusDays(21) + "','" + monday.minusDays(1)
                            + "','" + monday.minusDays(21) + " 09:00:00',0");
                    List<Long> roster = new ArrayList<>();
                    while (roster.size() < 20 && roster.size() < members.size()) {
                        long member = members.get(random.nextInt(members.size()));
                        if (!roster.contains(member)) {
                            roster.add(member);
                            enrolments.row(id + "," + member + ",'ENROLLED','" + monday.minusDays(14) + " 10:00:00','"
                                    + monday.minusDays(14) + " 10:00:00',0");
                        }
                    }
                    int hour = 9 + 2 * (k % 4);
                    for (int week = 0; week < 10; week++) {
                        for (int meeting = 0; meeting < 2; meeting++) {
                            LocalDate day = monday.plusDays(7L * week + 1 + 2L * meeting);
                            String start = day + " " + clock(hour * 60);
                            long session = sessionId++;
                            sessions.row(session + "," + id + ",'" + start + "','" + day + " " + clock(hour * 60 + 120)
                                    + "'");
                            for (long member : roster) {
                                int roll = random.nextInt(100);
                                attendance.row(Long.toString(session), Long.toString(member),
                                        roll < 80 ? "PRESENT" : roll < 95 ? "ABSENT" : "EXCUSED", start, "0");
                            }
                        }
                    }
                }
            }
        }
        cohorts.flush();
        sessions.flush();
        enrolments.flush();
        attendance.flush();
        return new long[] {cohortCount, attendance.total};
    }

    private static String clock(int minuteOfDay) {
        return CLOCK[minuteOfDay];
    }

    private static long next(Statement sql, String table) throws SQLException {
        return ids(sql, "SELECT COALESCE(MAX(id), 0) + 1 FROM " + table).getFirst();
    }

    private static List<Long> ids(Statement sql, String query) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (var rows = sql.executeQuery(query)) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }

    /** Tab-separated rows, loaded with LOAD DATA LOCAL INFILE every {@link #ROWS_PER_LOAD} rows. */
    private static final class Chunk {

        private final Statement sql;
        private final String load;
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(64 << 20);
        private final StringBuilder line = new StringBuilder(256);
        private int rows;
        private long total;

        Chunk(Statement sql, String load) {
            this.sql = sql;
            this.load = load;
        }

        void row(Object... fields) throws SQLException {
            line.setLength(0);
            for (int i = 0; i < fields.length; i++) {
                line.append(i > 0 ? "\t" : "").append(fields[i]);
            }
            line.append('\n');
            buffer.writeBytes(line.toString().getBytes(StandardCharsets.UTF_8));
            total++;
            if (++rows == ROWS_PER_LOAD) {
                flush();
            }
        }

        void flush() throws SQLException {
            if (rows == 0) {
                return;
            }
            sql.unwrap(org.mariadb.jdbc.Statement.class)
                    .setLocalInfileInputStream(new ByteArrayInputStream(buffer.toByteArray()));
            sql.execute(load);
            buffer.reset();
            rows = 0;
        }
    }

    /** Multi-row INSERTs of {@link #ROWS_PER_INSERT} rows. */
    private static final class Inserts {

        private final Statement sql;
        private final String head;
        private final StringBuilder insert = new StringBuilder();
        private int rows;

        Inserts(Statement sql, String head) {
            this.sql = sql;
            this.head = head;
        }

        void row(String values) throws SQLException {
            insert.append(rows == 0 ? head : ",").append('(').append(values).append(')');
            if (++rows == ROWS_PER_INSERT) {
                flush();
            }
        }

        void flush() throws SQLException {
            if (rows > 0) {
                sql.executeUpdate(insert.toString());
                insert.setLength(0);
                rows = 0;
            }
        }
    }
}
