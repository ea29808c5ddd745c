package org.infoplaza.reporting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * One month of a centre network as the real release will have it, generated from a seed: the people served
 * at each centre (most centres serve 20–150 a month, a few are small; sex "other or unsaid" and age 60+ are
 * rare; a few people use two centres, so a unit's people together are a little fewer than the sum of its
 * centres'), the new members among them, and the month's training, for the country and every municipality.
 *
 * <p>Tables per unit (the country {@code U:N}, whose centre rows are all its centres, and each municipality
 * {@code U:Mk}): people served per centre by sex and by age band, the unit by sex, by band, by sex × band, by
 * disability, by corregimiento, and, for each of two ethnic groups, whether they belong to it (ethnicity is
 * multi-answer, so each group is its own yes/no breakdown of the same total); new members by sex × band;
 * training enrolled, attended and completed per centre by sex and by band; certificates per centre.
 *
 * <p>Not modelled: the country's breakdown by corregimiento has one column per corregimiento of the network,
 * and its cells are not linked to the municipality's same people (the keys differ by scope), which the
 * release model, like an outsider reading only keys, does not know.
 */
record NationalRelease(List<PeopleTable> tables, Map<String, List<String>> children, int people) {

    static final List<String> SEXES = List.of("sex=FEMALE", "sex=MALE", "sex=OTHER_OR_UNSAID");
    static final double[] SEX_SHARES = {0.52, 0.465, 0.015};
    static final List<String> BANDS = List.of("band=AGE_0_11", "band=AGE_12_14", "band=AGE_15_17", "band=AGE_18_24",
            "band=AGE_25_59", "band=AGE_60_PLUS");
    static final double[] BAND_SHARES = {0.16, 0.17, 0.16, 0.2, 0.28, 0.03};
    static final List<String> DISABILITY = List.of("disability=YES", "disability=NO", "disability=PREFERS_NOT_TO_SAY");
    static final double[] DISABILITY_SHARES = {0.06, 0.9, 0.04};
    static final List<String> ETHNIC_GROUPS = List.of("NGABE", "AFRODESCENDANT");
    static final double[] ETHNIC_SHARES = {0.09, 0.14};
    static final List<String> TRAINING = List.of("training.ENROLLED", "training.ATTENDED", "training.COMPLETED");
    static final int CORREGIMIENTOS = 8;

    /** A person served in the month: where (one or two centres of the network) and what the tables count. */
    record Person(List<Long> centres, int sex, int band, int disability, int corregimiento, boolean[] ethnic,
            boolean registered) {
    }

    /** A person in a centre's training in the month: how far they got (0 enrolled, 1 attended, 2 completed). */
    record Trainee(long centre, int sex, int band, int stage, boolean certificate) {
    }

    static NationalRelease generate(long seed, int municipalities, int centresPerMunicipality) {
        Random random = new Random(seed);
        List<List<Long>> centresOf = new ArrayList<>();
        Map<Long, Integer> municipalityOf = new LinkedHashMap<>();
        long nextCentre = 1;
        for (int m = 0; m < municipalities; m++) {
            List<Long> ids = new ArrayList<>();
            for (int c = 0; c < centresPerMunicipality; c++) {
                ids.add(nextCentre);
                municipalityOf.put(nextCentre++, m);
            }
            centresOf.add(ids);
        }
        List<Person> people = new ArrayList<>();
        List<Trainee> trainees = new ArrayList<>();
        for (long centre : municipalityOf.keySet()) {
            int m = municipalityOf.get(centre);
            // One centre in eight is small (under 20 a month); the rest serve 20 to 150.
            int served = random.nextInt(8) == 0 ? 3 + random.nextInt(17) : 20 + random.nextInt(131);
            int home = random.nextInt(CORREGIMIENTOS);
            for (int p = 0; p < served; p++) {
                List<Long> where = new ArrayList<>(List.of(centre));
                if (random.nextInt(100) == 0) {
                    // Someone who also used another centre: mostly of the same municipality, now and then elsewhere.
                    List<Long> pool = random.nextInt(5) == 0 ? List.copyOf(municipalityOf.keySet()) : centresOf.get(m);
                    long other = pool.get(random.nextInt(pool.size()));
                    if (other != centre) {
                        where.add(other);
                    }
                }
                int corregimiento = random.nextInt(20) == 0 ? -1
                        : random.nextInt(3) == 0 ? random.nextInt(CORREGIMIENTOS) : home;
                boolean[] ethnic = new boolean[ETHNIC_GROUPS.size()];
                for (int g = 0; g < ethnic.length; g++) {
                    ethnic[g] = random.nextDouble() < ETHNIC_SHARES[g];
                }
                people.add(new Person(where, pick(random, SEX_SHARES), pick(random, BAND_SHARES),
                        pick(random, DISABILITY_SHARES), corregimiento, ethnic, random.nextInt(10) == 0));
            }
            int enrolled = random.nextInt(4) == 0 ? 0 : random.nextInt(16);
            for (int t = 0; t < enrolled; t++) {
                int stage = random.nextInt(10) < 3 ? 0 : random.nextInt(10) < 4 ? 1 : 2;
                trainees.add(new Trainee(centre, pick(random, SEX_SHARES), pick(random, BAND_SHARES), stage,
                        stage == 2 && random.nextInt(4) != 0));
            }
        }
        List<PeopleTable> tables = new ArrayList<>();
        Map<String, List<String>> children = new LinkedHashMap<>();
        List<String> municipalityScopes = new ArrayList<>();
        for (int m = 0; m < municipalities; m++) {
            String unit = PeopleTable.unitScope((long) m + 1);
            municipalityScopes.add(unit);
            children.put(unit, centresOf.get(m).stream().map(PeopleTable::centreScope).toList());
            int municipality = m;
            List<String> corregimientos = new ArrayList<>();
            for (int k = 0; k < CORREGIMIENTOS; k++) {
                corregimientos.add("corregimiento=" + (m + 1) + "-" + (k + 1));
            }
            corregimientos.add("corregimiento=none");
            addUnit(tables, unit, centresOf.get(m), corregimientos,
                    people.stream().filter(p -> p.centres().stream().anyMatch(c -> municipalityOf.get(c) == municipality)).toList(),
                    trainees.stream().filter(t -> municipalityOf.get(t.centre()) == municipality).toList(),
                    p -> p.corregimiento() < 0 ? CORREGIMIENTOS : p.corregimiento());
        }
        children.put(PeopleTable.unitScope(null), municipalityScopes);
        List<String> allCorregimientos = new ArrayList<>();
        for (int m = 0; m < municipalities; m++) {
            for (int k = 0; k < CORREGIMIENTOS; k++) {
                allCorregimientos.add("corregimiento=" + (m + 1) + "-" + (k + 1));
            }
        }
        allCorregimientos.add("corregimiento=none");
        int none = municipalities * CORREGIMIENTOS;
        addUnit(tables, PeopleTable.unitScope(null), List.copyOf(municipalityOf.keySet()), allCorregimientos, people,
                trainees, p -> p.corregimiento() < 0 ? none
                        : municipalityOf.get(p.centres().getFirst()) * CORREGIMIENTOS + p.corregimiento());
        return new NationalRelease(tables, children, people.size());
    }

    private static void addUnit(List<PeopleTable> tables, String unit, List<Long> centres, List<String> corregimientos,
            List<Person> people, List<Trainee> trainees, ToIntFunction<Person> corregimiento) {
        List<String> labels = centres.stream().map(String::valueOf).toList();
        Set<Long> own = new LinkedHashSet<>(centres);
        // Per centre: everyone counted at each centre of the unit they used.
        int[][] bySex = new int[centres.size()][SEXES.size()];
        int[][] byBand = new int[centres.size()][BANDS.size()];
        for (Person person : people) {
            for (long centre : person.centres()) {
                if (own.contains(centre)) {
                    bySex[centres.indexOf(centre)][person.sex()]++;
                    byBand[centres.indexOf(centre)][person.band()]++;
                }
            }
        }
        tables.add(PeopleTable.perCentre("served", unit, CountTable.of(labels, SEXES, bySex), centres, SEXES));
        tables.add(PeopleTable.perCentre("served", unit, CountTable.of(labels, BANDS, byBand), centres, BANDS));
        // The unit's people together, each once.
        tables.add(breakdown("served", unit, SEXES, people, Person::sex));
        tables.add(breakdown("served", unit, BANDS, people, Person::band));
        tables.add(cross("served", unit, people));
        tables.add(breakdown("served", unit, DISABILITY, people, Person::disability));
        tables.add(breakdown("served", unit, corregimientos, people, corregimiento));
        for (int g = 0; g < ETHNIC_GROUPS.size(); g++) {
            int group = g;
            String name = "ethnicity." + ETHNIC_GROUPS.get(g);
            tables.add(breakdown("served", unit, List.of(name + "=YES", name + "=NO"), people,
                    p -> p.ethnic()[group] ? 0 : 1));
        }
        tables.add(cross("registered", unit, people.stream().filter(Person::registered).toList()));
        for (int stage = 0; stage < TRAINING.size(); stage++) {
            int reached = stage;
            List<Trainee> these = trainees.stream().filter(t -> t.stage() >= reached).toList();
            tables.add(perCentre(TRAINING.get(stage), unit, centres, SEXES, these, Trainee::sex));
            tables.add(perCentre(TRAINING.get(stage), unit, centres, BANDS, these, Trainee::band));
        }
        tables.add(perCentre("certificates", unit, centres, List.of("certificate=ISSUED"),
                trainees.stream().filter(Trainee::certificate).toList(), t -> 0));
    }

    private static PeopleTable breakdown(String measure, String unit, List<String> columns, List<Person> people,
            ToIntFunction<Person> column) {
        int[] counts = new int[columns.size()];
        people.forEach(p -> counts[column.applyAsInt(p)]++);
        return PeopleTable.breakdown(measure, unit, CountTable.breakdown(unit, columns, counts), columns);
    }

    private static PeopleTable cross(String measure, String unit, List<Person> people) {
        int[][] counts = new int[SEXES.size()][BANDS.size()];
        people.forEach(p -> counts[p.sex()][p.band()]++);
        return PeopleTable.crossTable(measure, unit, CountTable.of(SEXES, BANDS, counts), SEXES, BANDS);
    }

    private static PeopleTable perCentre(String measure, String unit, List<Long> centres, List<String> columns,
            List<Trainee> trainees, Function<Trainee, Integer> column) {
        int[][] counts = new int[centres.size()][columns.size()];
        for (Trainee trainee : trainees) {
            int row = centres.indexOf(trainee.centre());
            if (row >= 0) {
                counts[row][column.apply(trainee)]++;
            }
        }
        return PeopleTable.perCentre(measure, unit, CountTable.of(centres.stream().map(String::valueOf).toList(),
                columns, counts), centres, columns);
    }

    private static int pick(Random random, double[] shares) {
        double r = random.nextDouble();
        for (int i = 0; i < shares.length; i++) {
            r -= shares[i];
            if (r < 0) {
                return i;
            }
        }
        return shares.length - 1;
    }
}
