package org.infoplaza.reporting;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The releases as the administrator and the secretariat inspect them: each revision of a month, whether it
 * passed the attacker's audit, why not when it failed, and what protection cost per kind of table.
 */
@Service
public class ReleaseService {

    private final Releases releases;
    private final ReleaseStore store;
    private final Clock clock;

    ReleaseService(Releases releases, ReleaseStore store, Clock clock) {
        this.releases = releases;
        this.store = store;
        this.clock = clock;
    }

    /** One revision of a month's release. */
    public record Revision(YearMonth month, int revision, Instant builtAt, boolean passed, boolean published,
            long buildMillis, int figures, List<Finding> findings, List<ReleaseCost> cost) {
    }

    /**
     * A figure the audit found too exposed: its key (measure, unit or centre, categories), how it was to be
     * published, and the range an outsider could work out for it from everything published.
     */
    public record Finding(String key, String shownAs, int low, int high) {
    }

    /** Every revision of {@code month}, oldest first; empty before the month's first release. */
    @PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
    public List<Revision> revisions(YearMonth month) {
        List<ReleaseStore.Stored> stored = store.revisions(month);
        int published = ReleaseStore.latestPassed(stored).map(ReleaseStore.Stored::revision).orElse(0);
        return stored.stream().map(r -> revision(r, r.revision() == published)).toList();
    }

    /**
     * Makes the month's release now if its counts changed since the last one (or it has none), and returns
     * its revisions. Only for months that are over.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
    public List<Revision> check(YearMonth month) {
        if (!month.isBefore(YearMonth.now(clock))) {
            throw new org.infoplaza.shared.DomainException("reporting.public.month-not-over");
        }
        releases.ensure(month);
        return revisions(month);
    }

    private static Revision revision(ReleaseStore.Stored r, boolean published) {
        List<Finding> findings = r.findings().stream().map(line -> {
            String[] f = line.split("\t");
            return new Finding(f[0], f[1], Integer.parseInt(f[2]), Integer.parseInt(f[3]));
        }).toList();
        return new Revision(r.month(), r.revision(), r.builtAt(), r.passed(), published, r.buildMillis(),
                r.cost().stream().mapToInt(ReleaseCost::cells).sum(), findings, r.cost());
    }
}
