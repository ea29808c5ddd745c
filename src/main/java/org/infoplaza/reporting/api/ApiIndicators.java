package org.infoplaza.reporting.api;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.infoplaza.centre.MunicipalityOption;
import org.infoplaza.reporting.IndicatorService;
import org.infoplaza.reporting.StationUseReport;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * What an API token may read: the secretariat's suppressed indicators, through {@link IndicatorService} and
 * nothing else, so the API can never publish a figure the secretariat's own view would not. Like the public
 * page, it answers for months that are over, whose release is published; the current month or a later one is
 * refused with a clear error rather than a partial table, and so is a municipality that does not exist.
 */
@Service
class ApiIndicators {

    private static final String API = "hasAuthority('ROLE_API')";

    private final IndicatorService indicators;
    private final Clock clock;

    ApiIndicators(IndicatorService indicators, Clock clock) {
        this.indicators = indicators;
        this.clock = clock;
    }

    @PreAuthorize(API)
    public List<MunicipalityOption> municipalities() {
        return indicators.publicMunicipalities();
    }

    /** The municipality, or empty for the whole country when {@code municipalityId} is null. */
    @PreAuthorize(API)
    public Optional<MunicipalityOption> municipality(Long municipalityId) {
        if (municipalityId == null) {
            return Optional.empty();
        }
        return Optional.of(indicators.publicMunicipalities().stream().filter(m -> m.id() == municipalityId)
                .findFirst().orElseThrow(() -> new ApiRefusal(HttpStatus.NOT_FOUND, "api.error.unknown-municipality",
                        String.valueOf(municipalityId))));
    }

    @PreAuthorize(API)
    public StationUseReport stationUse(YearMonth month, Long municipalityId, Locale locale) {
        checkPublished(month);
        municipality(municipalityId);
        return AsSecretariat.call(() -> indicators.stationUse(month, municipalityId, locale));
    }

    /** The twelve months up to {@code to}. */
    @PreAuthorize(API)
    public List<IndicatorService.MonthTrend> trend(YearMonth to, Long municipalityId) {
        checkPublished(to);
        municipality(municipalityId);
        return AsSecretariat.call(() -> indicators.trend(to, municipalityId));
    }

    /**
     * The published months run from the first month with figures to the last month that is over; any other is
     * refused with a 400 that names the range, never answered with empty tables (or a release made for it).
     */
    private void checkPublished(YearMonth month) {
        YearMonth latest = YearMonth.now(clock).minusMonths(1);
        if (month.isAfter(latest)) {
            throw new ApiRefusal(HttpStatus.BAD_REQUEST, "api.error.month-not-published", month.toString(),
                    latest.toString());
        }
        YearMonth first = AsSecretariat.call(indicators::firstMonth).orElse(latest.plusMonths(1));
        if (month.isBefore(first)) {
            throw first.isAfter(latest)
                    ? new ApiRefusal(HttpStatus.BAD_REQUEST, "api.error.nothing-published", month.toString())
                    : new ApiRefusal(HttpStatus.BAD_REQUEST, "api.error.month-before-first", month.toString(),
                            first.toString(), latest.toString());
        }
    }
}
