package org.infoplaza.member.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.member.AgeBand;
import org.infoplaza.member.ConsentChannel;
import org.infoplaza.member.ConsentData;
import org.infoplaza.member.ConsentParty;
import org.infoplaza.member.ConsentPurpose;
import org.infoplaza.member.IdType;
import org.infoplaza.member.MemberFilter;
import org.infoplaza.member.MemberRegistration;
import org.infoplaza.member.MemberRules;
import org.infoplaza.member.MemberService;
import org.infoplaza.member.OccupationStatus;
import org.infoplaza.member.Sex;
import org.infoplaza.security.Role;
import org.infoplaza.testing.Fixtures;
import org.infoplaza.testing.IntegrationTest;
import org.infoplaza.testing.SignedIn;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Member search and registration with 200,000 members on real MariaDB. Not part of {@code ./mvnw verify}
 * (it loads a lot of data and measures time, which a shared 2-core machine makes noisy); run it with
 * {@code ./mvnw test -Pbenchmark}. It prints server-side timings and writes them to
 * {@code target/benchmark/member-search.md}; docs/performance.md keeps the figures of record.
 */
@Tag("benchmark")
@IntegrationTest
class MemberSearchBenchmark {

    private static final int MEMBERS = 200_000;
    private static final int CENTRES = 20;
    private static final int RUNS = 200;
    /** Calls before measuring each case: the JIT and the buffer pool settle, as on a server that has run a while. */
    private static final int WARM_UP = 100;
    private static final String[] GIVEN = {"José", "María", "Luis", "Ana", "Carlos", "Yaritza", "Kevin", "Dayana",
            "Jorge", "Yessenia", "Abdiel", "Itzel", "Eduardo", "Karina", "Josué", "Nicole", "Ricardo", "Aris",
            "Edwin", "Mayra", "Ángel", "Lourdes", "Omar", "Daniela", "Alexis", "Génesis", "Rubén", "Iris"};
    private static final String[] SURNAMES = {"González", "Rodríguez", "Pérez", "Sánchez", "Batista", "Castillo",
            "Herrera", "Núñez", "Mendoza", "Ríos", "Quintero", "Valdés", "Ábrego", "Martínez", "Archibold", "Gómez",
            "Jaén", "Moreno", "Samudio", "Vergara", "Cedeño", "Pinzón", "Arosemena", "Barría", "Chérigo", "Domínguez",
            "Espinosa", "Frías", "Guerra", "Saldaña"};

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MemberService members;

    @Autowired
    Fixtures fixtures;

    @Test
    void search_and_registration_with_200_000_members() throws IOException {
        Random random = new Random(42);
        List<CentreDetails> centres = new ArrayList<>();
        for (int i = 0; i < CENTRES; i++) {
            centres.add(fixtures.centre());
        }
        long loadStart = System.nanoTime();
        load(centres, random);
        long loadSeconds = (System.nanoTime() - loadStart) / 1_000_000_000;
        jdbc.execute("ANALYZE TABLE member, member_name_word");

        CentreDetails home = centres.getFirst();
        StringBuilder report = new StringBuilder();
        // Two passes: the first only warms up (JIT, buffer pool, InnoDB flushing the bulk load); the second counts.
        for (int pass = 1; pass <= 2; pass++) {
            report.setLength(0);
            report.append("members: ").append(MEMBERS).append(" in ").append(CENTRES).append(" centres; loaded in ")
                    .append(loadSeconds).append(" s\n\n| measurement | median ms | p95 ms |\n|---|---|---|\n");

            SignedIn.as(Role.OPERATOR, home.id());
            List<String> fragments = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                String name = random.nextBoolean() ? GIVEN[random.nextInt(GIVEN.length)] : SURNAMES[random.nextInt(SURNAMES.length)];
                fragments.add(MemberRules.normaliseName(name).substring(0, 3));
            }
            row(report, "operator, 3-letter fragment, first page of 50", time(i ->
                    members.search(new MemberFilter(fragments.get(i)), page()).getContent()));
            List<String> numbers = jdbc.queryForList("SELECT member_number FROM member WHERE home_centre_id = ? LIMIT "
                    + RUNS, String.class, home.id());
            row(report, "operator, exact member number", time(i ->
                    members.search(new MemberFilter(numbers.get(i % numbers.size())), page()).getContent()));
            List<String> elsewhere = jdbc.queryForList("SELECT member_number FROM member WHERE home_centre_id = ? LIMIT "
                    + RUNS, String.class, centres.get(1).id());
            row(report, "operator, exact number of another centre's member", time(i ->
                    members.search(new MemberFilter(elsewhere.get(i % elsewhere.size())), page()).getContent()));

            row(report, "operator, grid refresh: 3-letter fragment, first page of 50 and count up to 1,001", time(i ->
                    refresh(new MemberFilter(fragments.get(i)))));
            row(report, "operator, 3-letter fragment, age band 12-14 and consent missing, first page of 50", time(i ->
                    members.search(new MemberFilter(fragments.get(i), AgeBand.AGE_12_14, null,
                            MemberFilter.ConsentStatus.MISSING), page()).getContent()));

            SignedIn.as(Role.ADMIN);
            row(report, "administrator (all centres), 3-letter fragment, first page of 50", time(i ->
                    members.search(new MemberFilter(fragments.get(i)), page()).getContent()));
            row(report, "administrator, grid refresh: 3-letter fragment, first page of 50 and count up to 1,001", time(i ->
                    refresh(new MemberFilter(fragments.get(i)))));
            row(report, "administrator, grid refresh: no text, first page of 50 and count up to 1,001", time(i ->
                    refresh(MemberFilter.none())));
            row(report, "administrator, grid refresh: age band 60+, first page of 50 and count up to 1,001", time(i ->
                    refresh(new MemberFilter("", AgeBand.AGE_60_PLUS, null, null))));

            SignedIn.as(Role.OPERATOR, home.id());
            LocalDate today = LocalDate.now();
            row(report, "register an adult, duplicate check included", time(i -> members.register(new MemberRegistration(
                    GIVEN[random.nextInt(GIVEN.length)], SURNAMES[random.nextInt(SURNAMES.length)] + " " + letters(random, 6),
                    today.minusYears(20 + random.nextInt(40)).minusDays(random.nextInt(365)), Sex.FEMALE, IdType.NONE,
                    null, null, null, "es", null, null, OccupationStatus.EMPLOYED, home.id(), null, null, null,
                    java.util.Set.of(), null, null, List.of(new ConsentData(ConsentPurpose.DATA_PROCESSING, ConsentParty.MEMBER, today,
                            ConsentChannel.IN_PERSON, ConsentData.CURRENT_TEXT_VERSION, false)), false))));
            SignedIn.nobody();
        }

        System.out.println("\n" + report);
        Path out = Path.of("target", "benchmark", "member-search.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    /** What the members grid does when the search changes: the first page and the capped count. */
    private Object refresh(MemberFilter filter) {
        return List.of(members.search(filter, page()).getContent(), members.count(filter, 1_001));
    }

    private static PageRequest page() {
        return PageRequest.of(0, 50, Sort.by("surnames", "givenNames"));
    }

    private void load(List<CentreDetails> centres, Random random) {
        LocalDate today = LocalDate.now();
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> batch = new ArrayList<>();
        for (int i = 0; i < MEMBERS; i++) {
            CentreDetails centre = centres.get(i % centres.size());
            String given = GIVEN[random.nextInt(GIVEN.length)] + (random.nextInt(3) == 0 ? " " + GIVEN[random.nextInt(GIVEN.length)] : "");
            String surnames = SURNAMES[random.nextInt(SURNAMES.length)] + " " + SURNAMES[random.nextInt(SURNAMES.length)];
            LocalDate born = today.minusYears(6 + random.nextInt(70)).minusDays(random.nextInt(365));
            batch.add(new Object[] {"B" + centre.id() + "-" + String.format(Locale.ROOT, "%07d", i), given, surnames,
                    MemberRules.normaliseName(given + " " + surnames), Date.valueOf(born),
                    random.nextBoolean() ? "FEMALE" : "MALE", centre.id(), now});
            if (batch.size() == 5_000) {
                insert(batch);
            }
        }
        insert(batch);
    }

    private void insert(List<Object[]> batch) {
        jdbc.batchUpdate("""
                INSERT INTO member (member_number, given_names, surnames, normalised_name, date_of_birth, sex, id_type,
                                    preferred_language, home_centre_id, registered_at, registered_by)
                VALUES (?, ?, ?, ?, ?, ?, 'NONE', 'es', ?, ?, 0)""", batch);
        batch.clear();
    }

    private interface Run {
        Object run(int index);
    }

    private static long[] time(Run run) {
        for (int i = 0; i < WARM_UP; i++) {
            run.run(i);
        }
        long[] micros = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            run.run(i);
            micros[i] = (System.nanoTime() - start) / 1_000;
        }
        Arrays.sort(micros);
        return micros;
    }

    private static void row(StringBuilder report, String label, long[] sortedMicros) {
        report.append("| ").append(label).append(" | ")
                .append(String.format(Locale.ROOT, "%.1f", sortedMicros[sortedMicros.length / 2] / 1000.0)).append(" | ")
                .append(String.format(Locale.ROOT, "%.1f", sortedMicros[(int) (sortedMicros.length * 0.95)] / 1000.0))
                .append(" |\n");
    }

    private static String letters(Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append((char) ('a' + random.nextInt(26)));
        }
        return text.toString();
    }
}
