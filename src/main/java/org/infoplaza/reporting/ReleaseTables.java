package org.infoplaza.reporting;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.infoplaza.reporting.AccessTables.EquityCount;
import org.infoplaza.security.SystemAuthentication;
import org.springframework.stereotype.Component;

/**
 * Gathers every table of people published for a month: the report builders run for the country and for
 * each municipality with centres, with a {@link PeoplePublisher.Collecting} publisher, exactly as they run
 * for a screen, so the release holds precisely the figures the outputs will ask for. It adds what an outsider
 * knows without it being published: a centre belongs to one municipality, and the members of a municipality
 * by corregimiento of residence add up to the country's (whether a corregimiento is among a unit's ten
 * largest or in its "others").
 */
@Component
class ReleaseTables {

    private final ReportUnits units;
    private final StationUseReports stationUse;
    private final TrainingReports training;
    private final AccessReports access;

    ReleaseTables(ReportUnits units, StationUseReports stationUse, TrainingReports training, AccessReports access) {
        this.units = units;
        this.stationUse = stationUse;
        this.training = training;
        this.access = access;
    }

    /**
     * The month's tables and the levels that add up: {@code U:N} → its municipalities, a municipality →
     * its centres.
     *
     * @param published   the tables the outputs show
     * @param unpublished  tables never shown whose relations an outsider knows anyway (residence by every
     *                     corregimiento); their cells are unknown to the outsider unless a published table has them
     * @param fingerprint  a digest of every key and count, equal for two collections exactly when a release of
     *                     one would publish the same true counts as the other
     */
    record Collected(YearMonth month, List<PeopleTable> published, List<PeopleTable> unpublished,
            Map<String, List<String>> children, String fingerprint) {

        List<PeopleTable> tables() {
            List<PeopleTable> all = new ArrayList<>(published);
            all.addAll(unpublished);
            return all;
        }

        /** The keys only the unpublished tables have. */
        java.util.Set<String> unpublishedKeys() {
            java.util.Set<String> keys = new java.util.HashSet<>();
            unpublished.forEach(table -> keys.addAll(keysOf(table).keySet()));
            published.forEach(table -> keys.removeAll(keysOf(table).keySet()));
            return keys;
        }
    }

    Collected collect(YearMonth month) {
        return SystemAuthentication.call(() -> collectAsSystem(month));
    }

    private Collected collectAsSystem(YearMonth month) {
        Locale locale = Locale.ROOT;
        PeoplePublisher.Collecting publisher = new PeoplePublisher.Collecting();
        Map<String, List<String>> children = new LinkedHashMap<>();
        Map<Long, List<Long>> centresOf = new TreeMap<>();
        for (ReportUnits.UnitCentre centre : units.centres(null, month)) {
            centresOf.computeIfAbsent(centre.details().municipalityId(), m -> new ArrayList<>()).add(centre.row().id());
        }
        List<Long> scopes = new ArrayList<>();
        scopes.add(null);
        scopes.addAll(centresOf.keySet());
        children.put(PeopleTable.unitScope(null),
                centresOf.keySet().stream().map(PeopleTable::unitScope).toList());
        centresOf.forEach((municipality, ids) -> children.put(PeopleTable.unitScope(municipality),
                ids.stream().map(PeopleTable::centreScope).toList()));
        List<PeopleTable> residence = new ArrayList<>();
        Map<Long, List<EquityCount>> equity = new LinkedHashMap<>();
        for (Long municipality : scopes) {
            stationUse.report(month, municipality, locale, publisher);
            training.training(month, municipality, locale, publisher);
            access.access(month, municipality, locale, publisher);
            access.equity(month, municipality, locale, publisher);
            equity.put(municipality, access.equityCounts(month, municipality));
        }
        // Every corregimiento anyone lives in, at every unit (zero where nobody from it came): the published
        // tables name a unit's ten largest, and these unpublished rows tie each of them across the levels.
        TreeSet<String> places = new TreeSet<>();
        equity.values().forEach(counts -> counts.forEach(c -> places.add(AccessReports.corregimientoPart(c.corregimientoId()))));
        if (!places.isEmpty()) {
            List<String> parts = List.copyOf(places);
            equity.forEach((municipality, counts) -> {
                Map<String, Integer> byPlace = new TreeMap<>();
                counts.forEach(c -> byPlace.merge(AccessReports.corregimientoPart(c.corregimientoId()),
                        Math.toIntExact(c.members()), Integer::sum));
                int[] row = parts.stream().mapToInt(p -> byPlace.getOrDefault(p, 0)).toArray();
                residence.add(PeopleTable.breakdown(StationUseReports.SERVED, PeopleTable.unitScope(municipality),
                        CountTable.breakdown("", parts, row), parts));
            });
        }
        List<PeopleTable> all = new ArrayList<>(publisher.tables());
        all.addAll(residence);
        return new Collected(month, publisher.tables(), residence, children, fingerprint(all));
    }

    /** Every key of a table with its count. */
    static Map<String, Integer> keysOf(PeopleTable table) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        CountTable c = table.counts();
        for (int r = 0; r < c.rows(); r++) {
            for (int col = 0; col < c.columns(); col++) {
                counts.put(table.cellKey(r, col), c.count(r, col));
            }
            counts.put(table.rowTotalKey(r), c.rowTotal(r));
        }
        for (int col = 0; col < c.columns(); col++) {
            counts.put(table.columnTotalKey(col), c.columnTotal(col));
        }
        counts.put(table.grandTotalKey(), c.grandTotal());
        return counts;
    }

    /** SHA-256 over every key and its count, in key order. */
    static String fingerprint(List<PeopleTable> tables) {
        Map<String, Integer> counts = new TreeMap<>();
        for (PeopleTable table : tables) {
            counts.putAll(keysOf(table));
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            counts.forEach((key, count) -> digest.update((key + "\t" + count + "\n").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
