package org.infoplaza.reporting;

import java.time.YearMonth;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The training indicators as they leave a centre: for the secretariat and administrators, a month of one
 * municipality's centres or of the whole country, read from the training rollups ({@link TrainingRollups})
 * and published from the month's release ({@link Releases}). Counts of people (enrolled, attended, completed, certificates)
 * leave only as {@link PublishedCell}s; an average attendance or a questionnaire change of fewer than five
 * people is withheld, since with the sessions published it would give the group's size or answers back.
 */
@Service
@Transactional(readOnly = true)
public class TrainingService {

    private final TrainingReports reports;
    private final Releases releases;

    TrainingService(TrainingReports reports, Releases releases) {
        this.reports = reports;
        this.releases = releases;
    }

    /**
     * Training in a month at the active centres of one municipality, or of the whole country when
     * {@code municipalityId} is null. Labels (sexes, age bands, headers) are in the given language; counts of
     * people are read from the month's release.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
    public TrainingReport training(YearMonth month, Long municipalityId, Locale locale) {
        return reports.training(month, municipalityId, locale, releases.publisher(month));
    }
}
