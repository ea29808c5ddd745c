package org.infoplaza.reporting;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.centre.CentreService;
import org.infoplaza.centre.MunicipalityOption;
import org.infoplaza.member.AgeBand;
import org.infoplaza.member.Sex;
import org.infoplaza.shared.NotFoundException;
import org.infoplaza.shared.Translations;
import org.springframework.stereotype.Component;

/**
 * What every report of a unit starts from, so that the station-use, access and training reports always name
 * the same unit and list the same centres in the same order: the unit's name (the country, or a
 * municipality), and its active centres by code.
 */
@Component
class ReportUnits {

    /** A centre of a report: its row as the tables show it, and its details (municipality, hours, rules). */
    record UnitCentre(StationUseReport.CentreRow row, CentreDetails details) {
    }

    private final CentreService centres;
    private final Translations translations;

    ReportUnits(CentreService centres, Translations translations) {
        this.centres = centres;
        this.translations = translations;
    }

    /** "Todo el país", or the municipality's name; an unknown municipality is not found. */
    String name(Long municipalityId, Locale locale) {
        if (municipalityId == null) {
            return translations.getTranslation("reporting.unit.nation", locale);
        }
        return centres.municipalities().stream().filter(m -> m.id() == municipalityId).findFirst()
                .map(MunicipalityOption::label).orElseThrow(NotFoundException::new);
    }

    /**
     * The active centres of the municipality (of the country when null) that were open in {@code month}, by
     * code: a centre opened today is not part of last month's figures. One query for all of them, as every
     * report of a year asks for them once per month.
     */
    List<UnitCentre> centres(Long municipalityId, YearMonth month) {
        List<UnitCentre> rows = new ArrayList<>();
        for (CentreDetails centre : centres.accessibleCentreDetails()) {
            if ((municipalityId == null || centre.municipalityId() == municipalityId) && centre.openIn(month)) {
                rows.add(new UnitCentre(new StationUseReport.CentreRow(centre.id(), centre.code(), centre.name()),
                        centre));
            }
        }
        rows.sort(Comparator.comparing(c -> c.row().code()));
        return rows;
    }

    /** The sexes as table columns, in {@link Sex} order, in the reader's language. */
    List<String> sexLabels(Locale locale) {
        return Arrays.stream(Sex.values()).map(s -> translations.getTranslation("member.sex." + s.name(), locale))
                .toList();
    }

    /** The age bands as table columns, in {@link AgeBand} order, in the reader's language. */
    List<String> bandLabels(Locale locale) {
        return Arrays.stream(AgeBand.values())
                .map(b -> translations.getTranslation("member.filter.age-band." + b.name(), locale)).toList();
    }

    /**
     * The month the first of the active centres opened; empty when any of them has no recorded opening date
     * (it counts in every month, so only its data can say where the figures begin).
     */
    Optional<YearMonth> firstOpenMonth() {
        List<CentreDetails> all = centres.accessibleCentreDetails();
        if (all.isEmpty() || all.stream().anyMatch(c -> c.openedOn() == null)) {
            return Optional.empty();
        }
        return all.stream().map(c -> YearMonth.from(c.openedOn())).min(Comparator.naturalOrder());
    }

    /** The rows of {@link #centres}. */
    List<StationUseReport.CentreRow> rows(Long municipalityId, YearMonth month) {
        return centres(municipalityId, month).stream().map(UnitCentre::row).toList();
    }
}
