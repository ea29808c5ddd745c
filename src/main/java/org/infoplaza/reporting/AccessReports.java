package org.infoplaza.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import org.infoplaza.booking.VisitPurpose;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.centre.CentreService;
import org.infoplaza.centre.CorregimientoOption;
import org.infoplaza.centre.GeographyService;
import org.infoplaza.member.AgeBand;
import org.infoplaza.member.Disability;
import org.infoplaza.member.Ethnicity;
import org.infoplaza.member.Sex;
import org.infoplaza.reporting.AccessTables.EquityCount;
import org.infoplaza.reporting.AccessUse.BookingDay;
import org.infoplaza.shared.NotFoundException;
import org.infoplaza.shared.Translations;
import org.infoplaza.station.StationService;
import org.springframework.stereotype.Component;

/**
 * Builds the access and equity reports and the occupancy grid for {@link IndicatorService} from the access
 * rollups, the centres' opening hours and closures, and their stations. Every table of people goes through
 * the given {@link PeoplePublisher} (the month's release); counts of visits (bookings, purposes, queue
 * tickets) keep their own rule ({@link Suppression}, per-centre tables through {@link SmallRows}). Rates are
 * worked out from the published cells only, so a hidden count cannot come back through its rate.
 */
@Component
class AccessReports {

    /** Corregimientos named in the equity report; the others are grouped. */
    static final int TOP_CORREGIMIENTOS = 10;

    private final AccessTables tables;
    private final ReportUnits units;
    private final CentreService centres;
    private final StationService stations;
    private final GeographyService geography;
    private final Translations translations;
    private final MemberScopes scopes;

    AccessReports(AccessTables tables, CentreService centres, StationService stations, GeographyService geography,
            Translations translations, ReportUnits units, MemberScopes scopes) {
        this.tables = tables;
        this.scopes = scopes;
        this.centres = centres;
        this.stations = stations;
        this.geography = geography;
        this.translations = translations;
        this.units = units;
    }

    /** What the registrations table counts: the members registered in the month. */
    static final String REGISTERED = "registered";

    AccessReport access(YearMonth month, Long municipalityId, Locale locale, PeoplePublisher publisher) {
        String unit = units.name(municipalityId, locale);
        List<ReportUnits.UnitCentre> rows = units.centres(municipalityId, month);
        Set<Long> ids = ids(rows);
        LocalDate first = month.atDay(1);
        List<StationUseReport.CentreRow> centreRows = rows.stream().map(ReportUnits.UnitCentre::row).toList();
        List<String> codes = centreRows.stream().map(StationUseReport.CentreRow::code).toList();
        IntFunction<String> others = n -> translations.getTranslation("reporting.other-centres", locale, n);

        // Occupancy
        Map<Long, long[][]> used = ids.isEmpty() ? Map.of() : tables.hourMinutes(ids, first);
        List<AccessReport.Occupancy> occupancy = new ArrayList<>();
        long usedAll = 0;
        long offeredAll = 0;
        for (ReportUnits.UnitCentre centre : rows) {
            long usedMinutes = total(used.get(centre.row().id()));
            long offered = capacity(centre.details(), month).total();
            usedAll += usedMinutes;
            offeredAll += offered;
            occupancy.add(occupancy(centre.row().id(), usedMinutes, offered));
        }
        occupancy.add(occupancy(null, usedAll, offeredAll));

        // Bookings and no-shows
        Map<Long, BookingDay> bookingSums = ids.isEmpty() ? Map.of()
                : tables.bookingSums(ids, first, month.atEndOfMonth());
        List<String> bookingColumns = List.of(t("access.bookings.checked-in", locale), t("access.bookings.no-shows", locale));
        int[][] bookingCounts = rows.stream().map(c -> bookingSums.get(c.row().id())).map(b -> b == null
                ? new int[] {0, 0} : new int[] {b.checkedIn(), b.noShows()}).toArray(int[][]::new);
        SuppressedTable bookings = rows.isEmpty() ? null
                : SmallRows.publish(CountTable.of(codes, bookingColumns, bookingCounts), others);

        // Queue
        Map<Long, QueueWaits> waits = ids.isEmpty() ? Map.of() : tables.queueWaits(ids, first);
        List<AccessReport.QueueRow> queue = new ArrayList<>();
        QueueWaits together = QueueWaits.none();
        for (ReportUnits.UnitCentre centre : rows) {
            QueueWaits centreWaits = waits.getOrDefault(centre.row().id(), QueueWaits.none());
            together = together.plus(centreWaits);
            queue.add(queueRow(centre.row().id(), centreWaits));
        }
        queue.add(queueRow(null, together));

        // Purposes
        Map<Long, Map<VisitPurpose, Long>> purposes = ids.isEmpty() ? Map.of() : tables.purposes(ids, first);
        List<VisitPurpose> purposeKeys = Arrays.asList(VisitPurpose.values());
        List<String> purposeLabels = purposeKeys.stream().map(p -> t("booking.purpose." + p.name(), locale)).toList();
        int[][] purposeCounts = rows.stream().map(c -> {
            Map<VisitPurpose, Long> byPurpose = purposes.getOrDefault(c.row().id(), Map.of());
            return purposeKeys.stream().mapToInt(p -> Math.toIntExact(byPurpose.getOrDefault(p, 0L))).toArray();
        }).toArray(int[][]::new);
        SuppressedTable purposeTable = rows.isEmpty() ? null
                : SmallRows.publish(CountTable.of(codes, purposeLabels, purposeCounts), others);

        // Registrations
        long[][] registered = ids.isEmpty() ? new long[Sex.values().length][AgeBand.values().length]
                : tables.registrations(ids, first);
        List<String> sexLabels = units.sexLabels(locale);
        List<String> bandLabels = units.bandLabels(locale);
        int[][] registrationCounts = Arrays.stream(registered)
                .map(row -> Arrays.stream(row).mapToInt(Math::toIntExact).toArray()).toArray(int[][]::new);
        SuppressedTable registrations = publisher.publish(PeopleTable.crossTable(REGISTERED,
                PeopleTable.unitScope(municipalityId), CountTable.of(sexLabels, bandLabels, registrationCounts),
                PeopleTable.attributes("sex", Arrays.asList(Sex.values())),
                PeopleTable.attributes("band", Arrays.asList(AgeBand.values()))));

        if (rows.isEmpty()) {
            bookings = Suppression.apply(CountTable.of(List.of(unit), bookingColumns, new int[][] {{0, 0}}));
            purposeTable = Suppression.apply(CountTable.of(List.of(unit), purposeLabels,
                    new int[][] {new int[purposeKeys.size()]}));
        }
        return new AccessReport(month, unit, centreRows, occupancy, bookings, noShowRates(bookings, locale), queue,
                purposeTable, registrations);
    }

    EquityReport equity(YearMonth month, Long municipalityId, Locale locale, PeoplePublisher publisher) {
        String unit = units.name(municipalityId, locale);
        String unitScope = PeopleTable.unitScope(municipalityId);
        List<EquityCount> counts = equityCounts(month, municipalityId);
        String notRecorded = t("access.not-recorded", locale);

        List<Ethnicity> peoples = Arrays.stream(Ethnicity.values()).filter(e -> e != Ethnicity.AFRO_DESCENDANT).toList();
        List<String> ethnicityLabels = new ArrayList<>(peoples.stream()
                .map(e -> t("member.ethnicity." + e.name(), locale)).toList());
        ethnicityLabels.add(notRecorded);
        int[] byEthnicity = new int[ethnicityLabels.size()];
        int[] byAfro = new int[2];
        List<Disability> disabilities = Arrays.asList(Disability.values());
        List<String> disabilityLabels = new ArrayList<>(disabilities.stream()
                .map(d -> t("member.disability." + d.name(), locale)).toList());
        disabilityLabels.add(notRecorded);
        int[] byDisability = new int[disabilityLabels.size()];
        Map<Long, Integer> byCorregimiento = new HashMap<>();
        int corregimientoNotRecorded = 0;
        for (EquityCount count : counts) {
            int n = Math.toIntExact(count.members());
            byEthnicity[count.ethnicity() == null ? peoples.size() : peoples.indexOf(count.ethnicity())] += n;
            byAfro[count.afroDescendant() ? 0 : 1] += n;
            byDisability[count.disability() == null ? disabilities.size() : disabilities.indexOf(count.disability())] += n;
            if (count.corregimientoId() == null) {
                corregimientoNotRecorded += n;
            } else {
                byCorregimiento.merge(count.corregimientoId(), n, Integer::sum);
            }
        }
        List<String> ethnicityParts = new ArrayList<>(PeopleTable.attributes("ethnicity", peoples));
        ethnicityParts.add("ethnicity=none");
        List<String> disabilityParts = new ArrayList<>(PeopleTable.attributes("disability", disabilities));
        disabilityParts.add("disability=none");
        SuppressedTable ethnicity = publisher.publish(PeopleTable.breakdown(StationUseReports.SERVED, unitScope,
                CountTable.breakdown(unit, ethnicityLabels, byEthnicity), ethnicityParts));
        SuppressedTable afro = publisher.publish(PeopleTable.breakdown(StationUseReports.SERVED, unitScope,
                CountTable.breakdown(unit, List.of(t("access.afro.yes", locale), t("access.afro.no", locale)), byAfro),
                List.of("afro=yes", "afro=no")));
        SuppressedTable disability = publisher.publish(PeopleTable.breakdown(StationUseReports.SERVED, unitScope,
                CountTable.breakdown(unit, disabilityLabels, byDisability), disabilityParts));
        SuppressedTable corregimientos = corregimientos(unit, unitScope, byCorregimiento, corregimientoNotRecorded,
                locale, publisher);
        return new EquityReport(month, unit, ethnicity, afro, disability, corregimientos);
    }

    /** The members served in the month at a unit's centres, each once, by the answers the equity tables count. */
    List<EquityCount> equityCounts(YearMonth month, Long municipalityId) {
        Set<Long> ids = ids(units.centres(municipalityId, month));
        MemberScopes.Scope scope = scopes.of(ids);
        return ids.isEmpty() ? List.of()
                : scopes.counts(scope, month.atDay(1)) ? tables.scopeEquityCounts(scope.id(), month.atDay(1))
                : tables.equityCounts(ids, month.atDay(1));
    }

    /** The key part of a corregimiento of residence; {@code null} for members whose corregimiento is not recorded. */
    static String corregimientoPart(Long corregimientoId) {
        return corregimientoId == null ? "corregimiento=none" : "corregimiento=" + corregimientoId;
    }

    OccupancyGrid grid(YearMonth month, Long municipalityId, Long centreId, Locale locale) {
        List<ReportUnits.UnitCentre> rows = units.centres(municipalityId, month);
        String unit = units.name(municipalityId, locale);
        if (centreId != null) {
            rows = rows.stream().filter(c -> c.row().id() == centreId).toList();
            if (rows.isEmpty()) {
                throw new NotFoundException();
            }
            unit = rows.getFirst().row().code() + " · " + rows.getFirst().row().name();
        }
        Set<Long> ids = ids(rows);
        Map<Long, long[][]> used = ids.isEmpty() ? Map.of() : tables.hourMinutes(ids, month.atDay(1));
        long[][] usedAll = new long[OpeningCapacity.WEEKDAYS][OpeningCapacity.HOURS];
        OpeningCapacity offered = OpeningCapacity.none();
        for (ReportUnits.UnitCentre centre : rows) {
            offered = offered.plus(capacity(centre.details(), month));
            long[][] grid = used.get(centre.row().id());
            for (int d = 0; grid != null && d < OpeningCapacity.WEEKDAYS; d++) {
                for (int h = 0; h < OpeningCapacity.HOURS; h++) {
                    usedAll[d][h] += grid[d][h];
                }
            }
        }
        return occupancyGrid(month, unit, usedAll, offered);
    }

    /** The grid between the earliest hour open or used and the latest, every weekday. */
    static OccupancyGrid occupancyGrid(YearMonth month, String unit, long[][] used, OpeningCapacity offered) {
        int firstHour = OpeningCapacity.HOURS;
        int lastHour = -1;
        for (int d = 0; d < OpeningCapacity.WEEKDAYS; d++) {
            for (int h = 0; h < OpeningCapacity.HOURS; h++) {
                if (used[d][h] > 0 || offered.at(d + 1, h) > 0) {
                    firstHour = Math.min(firstHour, h);
                    lastHour = Math.max(lastHour, h);
                }
            }
        }
        List<Integer> hours = new ArrayList<>();
        for (int h = firstHour; h <= lastHour; h++) {
            hours.add(h);
        }
        List<List<Double>> rates = new ArrayList<>();
        for (int d = 0; d < OpeningCapacity.WEEKDAYS; d++) {
            List<Double> row = new ArrayList<>();
            for (int h : hours) {
                row.add(OpeningCapacity.rate(used[d][h], offered.at(d + 1, h)));
            }
            rates.add(row);
        }
        return new OccupancyGrid(month, unit, hours, rates);
    }

    /**
     * The no-show rate of each published row and of the total: no-shows over bookings due (checked in plus
     * no-shows), only where both are published; a hidden count keeps its rate hidden.
     */
    static List<AccessReport.Rate> noShowRates(SuppressedTable bookings, Locale locale) {
        List<AccessReport.Rate> rates = new ArrayList<>();
        for (int r = 0; r < bookings.rowLabels().size(); r++) {
            rates.add(new AccessReport.Rate(bookings.rowLabels().get(r), rate(bookings.cell(r, 1), bookings.rowTotal(r))));
        }
        rates.add(new AccessReport.Rate(null, rate(bookings.columnTotal(1), bookings.grandTotal())));
        return rates;
    }

    private static Double rate(PublishedCell part, PublishedCell whole) {
        if (part instanceof PublishedCell.Shown shownPart && whole instanceof PublishedCell.Shown shownWhole
                && shownWhole.value() > 0) {
            return (double) shownPart.value() / shownWhole.value();
        }
        return null;
    }

    private SuppressedTable corregimientos(String unit, String unitScope, Map<Long, Integer> counts, int notRecorded,
            Locale locale, PeoplePublisher publisher) {
        List<Map.Entry<Long, Integer>> ranked = new ArrayList<>(counts.entrySet());
        // Most members first; on a tie the lower id, so the same data always names the same places.
        ranked.sort(Map.Entry.<Long, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        List<String> labels = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        List<Integer> values = new ArrayList<>();
        int rest = 0;
        for (int i = 0; i < ranked.size(); i++) {
            if (i < TOP_CORREGIMIENTOS) {
                long id = ranked.get(i).getKey();
                labels.add(geography.corregimiento(id).map(CorregimientoOption::name).orElse("#" + id));
                parts.add(corregimientoPart(id));
                values.add(ranked.get(i).getValue());
            } else {
                rest += ranked.get(i).getValue();
            }
        }
        labels.add(t("access.corregimiento.others", locale));
        parts.add("corregimiento=others");
        values.add(rest);
        labels.add(t("access.not-recorded", locale));
        parts.add(corregimientoPart(null));
        values.add(notRecorded);
        return publisher.publish(PeopleTable.breakdown(StationUseReports.SERVED, unitScope,
                CountTable.breakdown(unit, labels, values.stream().mapToInt(Integer::intValue).toArray()), parts));
    }

    private static AccessReport.Occupancy occupancy(Long centreId, long usedMinutes, long offeredMinutes) {
        return new AccessReport.Occupancy(centreId, usedMinutes / 60.0, offeredMinutes / 60.0,
                OpeningCapacity.rate(usedMinutes, offeredMinutes));
    }

    private static AccessReport.QueueRow queueRow(Long centreId, QueueWaits waits) {
        PublishedCell served = Suppression.apply(CountTable.breakdown("", List.of(""),
                Math.toIntExact(waits.tickets()))).cell(0, 0);
        return new AccessReport.QueueRow(centreId, served, waits.publishedMedian());
    }

    private OpeningCapacity capacity(CentreDetails centre, YearMonth month) {
        return OpeningCapacity.of(month, centre.openingHours(),
                centres.closures(centre.id(), month.atDay(1), month.atEndOfMonth()),
                stations.counts(centre.id()).inService());
    }

    private static long total(long[][] grid) {
        return grid == null ? 0 : Arrays.stream(grid).flatMapToLong(Arrays::stream).sum();
    }

    private static Set<Long> ids(List<ReportUnits.UnitCentre> rows) {
        return new LinkedHashSet<>(rows.stream().map(c -> c.row().id()).toList());
    }

    private String t(String key, Locale locale) {
        return translations.getTranslation(key, locale);
    }

}
