package org.infoplaza.reporting.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.infoplaza.member.AgeBand;
import org.infoplaza.member.Sex;
import org.infoplaza.reporting.IndicatorService;
import org.infoplaza.reporting.StationUseReport;
import org.infoplaza.reporting.SuppressedTable;
import org.infoplaza.reporting.TableCsv;
import org.infoplaza.security.ApiResponses;
import org.infoplaza.shared.Translations;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The read-only REST API of the indicators, for the secretariat's other systems ({@code docs/reporting.md},
 * "REST API"). Everything it returns was published by {@link IndicatorService}: suppressed tables whose hidden
 * cells carry a mark and no count, and activity figures (visits, not people). JSON by default; CSV with
 * {@code ?format=csv} or {@code Accept: text/csv}, written by {@link TableCsv} like the view's downloads.
 * Labels and messages are in Spanish unless the request's Accept-Language asks for English.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = {MediaType.APPLICATION_JSON_VALUE, IndicatorsApi.CSV})
@Tag(name = "Indicadores / Indicators")
class IndicatorsApi {

    static final String CSV = "text/csv";
    private static final MediaType CSV_UTF8 = MediaType.parseMediaType("text/csv; charset=UTF-8");
    /** Exactly YYYY-MM: YearMonth alone also takes signed years ("-0001-01"), which the database cannot hold. */
    private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-\\d{2}");
    /** The tables of a station-use month that a CSV can hold, by the name of the {@code table} parameter. */
    private static final List<String> TABLES = List.of("activity", "members-by-sex", "members-by-age-band",
            "together-by-sex", "together-by-age-band");

    private final ApiIndicators indicators;
    private final Translations translations;

    IndicatorsApi(ApiIndicators indicators, Translations translations) {
        this.indicators = indicators;
        this.translations = translations;
    }

    @GetMapping(path = "/municipalities", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Municipios / Municipalities",
            description = "The municipalities (districts) the indicators can be asked for, with their province.")
    List<ApiJson.Municipality> municipalities() {
        return indicators.municipalities().stream()
                .map(m -> new ApiJson.Municipality(m.id(), m.name(), m.provinceName())).toList();
    }

    @GetMapping("/indicators/station-use")
    @Operation(summary = "Uso de estaciones en un mes / Station use in a month",
            description = "Sessions, guest sessions, station hours and average length per centre, and members "
                    + "served by sex and by age band, per centre and across the centres, with small counts "
                    + "protected: a hidden cell is {\"hidden\": \"<5\"} or {\"hidden\": \"x\"}, never a number, and "
                    + "a figure rounded to the nearest 5 to protect another is {\"value\": 105, \"rounded\": true}. "
                    + "Every figure of a month comes from the month's release, protected and audited together with "
                    + "everything else published for it. Any month that is over; the current month is refused. As CSV "
                    + "(?format=csv or Accept: text/csv), one table chosen with ?table=.")
    ResponseEntity<?> stationUse(
            @Parameter(description = "Month, YYYY-MM, before the current one", example = "2026-10")
            @RequestParam String month,
            @Parameter(description = "Municipality id (see /api/v1/municipalities); the whole country when absent")
            @RequestParam(required = false) Long municipality,
            @Parameter(description = "json (default) or csv") @RequestParam(required = false) String format,
            @Parameter(description = "For CSV: activity (default), members-by-sex, members-by-age-band, "
                    + "together-by-sex, together-by-age-band") @RequestParam(required = false) String table,
            HttpServletRequest request) {
        YearMonth asked = month(month, "month");
        Locale locale = ApiResponses.locale(request);
        StationUseReport report = indicators.stationUse(asked, municipality, locale);
        Function<String, String> t = key -> translations.getTranslation(key, locale);
        if (wantsCsv(format, request)) {
            String chosen = table == null ? TABLES.getFirst() : table;
            if (!TABLES.contains(chosen)) {
                throw new ApiRefusal(HttpStatus.BAD_REQUEST, "api.error.unknown-table", String.join(", ", TABLES));
            }
            List<List<String>> lines = switch (chosen) {
                case "members-by-sex" -> tableLines(report.membersBySex(), t);
                case "members-by-age-band" -> tableLines(report.membersByAgeBand(), t);
                case "together-by-sex" -> tableLines(report.togetherBySex(), t);
                case "together-by-age-band" -> tableLines(report.togetherByAgeBand(), t);
                default -> activityLines(report, t);
            };
            return csv(lines, chosen + "-" + asked);
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json(report, municipality, t));
    }

    @GetMapping("/indicators/trend")
    @Operation(summary = "Tendencia de doce meses / Twelve-month trend",
            description = "The twelve months up to and including 'to': sessions and station hours as they are, "
                    + "and members served across the centres ({\"hidden\": \"<5\"} when fewer than five). "
                    + "CSV with ?format=csv or Accept: text/csv.")
    ResponseEntity<?> trend(
            @Parameter(description = "Last month, YYYY-MM, before the current one", example = "2026-10")
            @RequestParam String to,
            @Parameter(description = "Municipality id; the whole country when absent")
            @RequestParam(required = false) Long municipality,
            @Parameter(description = "json (default) or csv") @RequestParam(required = false) String format,
            HttpServletRequest request) {
        YearMonth last = month(to, "to");
        Locale locale = ApiResponses.locale(request);
        List<IndicatorService.MonthTrend> months = indicators.trend(last, municipality);
        if (wantsCsv(format, request)) {
            List<List<String>> lines = new ArrayList<>();
            lines.add(List.of(translations.getTranslation("reporting.month", locale),
                    translations.getTranslation("reporting.sessions", locale),
                    translations.getTranslation("reporting.hours", locale),
                    translations.getTranslation("reporting.members", locale)));
            for (IndicatorService.MonthTrend m : months) {
                lines.add(List.of(m.month().toString(), Long.toString(m.sessions()), plain(m.hours()),
                        m.members().display()));
            }
            return csv(lines, "trend-" + last);
        }
        String unit = indicators.municipality(municipality).map(m -> m.label())
                .orElseGet(() -> translations.getTranslation("reporting.unit.nation", locale));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(new ApiJson.Trend(last.toString(),
                municipality, unit, months.stream().map(m -> new ApiJson.TrendMonth(m.month().toString(),
                        m.sessions(), round(m.hours()), ApiJson.Cell.of(m.members()))).toList()));
    }

    /** Anything else under /api/v1 is a JSON 404, not the application's HTML page. */
    @GetMapping("/**")
    @Operation(hidden = true)
    ResponseEntity<Map<String, Object>> unknown(HttpServletRequest request) {
        throw new ApiRefusal(HttpStatus.NOT_FOUND, "api.error.no-such-endpoint");
    }

    private static ApiJson.StationUse json(StationUseReport report, Long municipality, Function<String, String> t) {
        Map<Long, String> codes = new HashMap<>();
        report.centres().forEach(c -> codes.put(c.id(), c.code()));
        List<ApiJson.Activity> perCentre = report.activity().stream().filter(a -> a.centreId() != null)
                .map(a -> activity(codes.get(a.centreId()), a)).toList();
        List<String> sexes = Arrays.stream(Sex.values()).map(Enum::name).toList();
        List<String> bands = Arrays.stream(AgeBand.values()).map(Enum::name).toList();
        return new ApiJson.StationUse(report.month().toString(), municipality, report.unitName(),
                report.centres().stream().map(c -> new ApiJson.Centre(c.id(), c.code(), c.name())).toList(),
                perCentre, activity(null, report.activity().getLast()),
                ApiJson.Table.of(report.membersBySex(), sexes, t), ApiJson.Table.of(report.membersByAgeBand(), bands, t),
                ApiJson.Table.of(report.togetherBySex(), sexes, t),
                ApiJson.Table.of(report.togetherByAgeBand(), bands, t));
    }

    private static ApiJson.Activity activity(String code, StationUseReport.Activity a) {
        return new ApiJson.Activity(code, a.sessions(), a.guestSessions(), round(a.hours()),
                a.averageSessionMinutes() == null ? null : round(a.averageSessionMinutes()));
    }

    private static List<List<String>> activityLines(StationUseReport report, Function<String, String> t) {
        Map<Long, String> codes = new HashMap<>();
        report.centres().forEach(c -> codes.put(c.id(), c.code()));
        List<List<String>> lines = new ArrayList<>();
        lines.add(List.of(t.apply("reporting.centre"), t.apply("reporting.sessions"),
                t.apply("reporting.guest-sessions"), t.apply("reporting.hours"), t.apply("reporting.average-minutes")));
        for (StationUseReport.Activity a : report.activity()) {
            lines.add(List.of(a.centreId() == null ? t.apply("reporting.total") : codes.get(a.centreId()),
                    Long.toString(a.sessions()), Long.toString(a.guestSessions()), plain(a.hours()),
                    a.averageSessionMinutes() == null ? "" : plain(a.averageSessionMinutes())));
        }
        return lines;
    }

    private static List<List<String>> tableLines(SuppressedTable table, Function<String, String> t) {
        return TableCsv.lines(table, t.apply("reporting.centre"), t.apply("reporting.total"));
    }

    private static ResponseEntity<byte[]> csv(List<List<String>> lines, String stem) {
        return ResponseEntity.ok().contentType(CSV_UTF8)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(stem + ".csv").build()
                        .toString())
                .body(TableCsv.of(lines));
    }

    private static boolean wantsCsv(String format, HttpServletRequest request) {
        if (format != null) {
            return switch (format) {
                case "csv" -> true;
                case "json" -> false;
                default -> throw new ApiRefusal(HttpStatus.BAD_REQUEST, "api.error.unknown-format");
            };
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        try {
            return accept != null && MediaType.parseMediaTypes(accept).stream()
                    .anyMatch(type -> type.getType().equals("text") && type.getSubtype().equals("csv"));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    static YearMonth month(String text, String parameter) {
        String month = text.strip();
        if (!YEAR_MONTH.matcher(month).matches()) {
            throw new ApiRefusal(HttpStatus.BAD_REQUEST, "api.error.month", parameter);
        }
        try {
            return YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw new ApiRefusal(HttpStatus.BAD_REQUEST, "api.error.month", parameter);
        }
    }

    private static String plain(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
