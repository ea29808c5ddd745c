package org.infoplaza.reporting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The month's release: every count of people published for a month, protected together and audited before
 * anything leaves (see docs/reporting.md, "Protecting a release"). Screens, exports, the API, the PDF and the
 * mail all read their cells from it through {@link #publisher}, so the same figure is published the same way
 * everywhere and no two outputs can be laid side by side to give a small count back.
 *
 * <p>A release is made the first time a finished month is asked for (or when the month closes), stored, and
 * served from the store afterwards; at most once per {@code infoplaza.reporting.release-check} it checks
 * whether the month's true counts have changed (a late correction, a rebuild). If they have, a new revision is
 * protected in the background (readers keep the published one meanwhile) and audited together with every
 * revision already published, so the difference between two
 * versions gives nothing away; a revision that fails is kept, unpublished, for the administrator to see, and
 * the last revision that passed stays published. A month not over publishes no count of people
 * ({@link PeoplePublisher.Pending}).
 */
@Component
class Releases {

    private static final Logger log = LoggerFactory.getLogger(Releases.class);

    private final ReleaseTables tables;
    private final ReleaseStore store;
    private final Clock clock;
    private final Duration checkEvery;
    private final Map<YearMonth, Checked> checked = new ConcurrentHashMap<>();
    private final ReentrantLock building = new ReentrantLock();

    /** The release a month publishes now and when its counts were last compared with the store. */
    private record Checked(PeoplePublisher publisher, Instant at) {
    }

    Releases(ReleaseTables tables, ReleaseStore store, Clock clock,
            @Value("${infoplaza.reporting.release-check:PT1M}") Duration checkEvery,
            @Value("${infoplaza.reporting.corrections-in-background:true}") boolean correctionsInBackground) {
        this.tables = tables;
        this.store = store;
        this.clock = clock;
        this.checkEvery = checkEvery;
        this.corrections = correctionsInBackground ? Executors.newSingleThreadExecutor(Thread.ofVirtual()
                .name("release-correction").factory()) : Runnable::run;
    }

    /** Where a correction of a published month is protected: in the background, so no reader waits for it. */
    private final Executor corrections;
    private final Set<YearMonth> correcting = ConcurrentHashMap.newKeySet();

    /** How the counts of people of {@code month} are published. */
    PeoplePublisher publisher(YearMonth month) {
        if (!month.isBefore(YearMonth.now(clock))) {
            return new PeoplePublisher.Pending();
        }
        Checked known = checked.get(month);
        if (fresh(known)) {
            return known.publisher();
        }
        building.lock();
        try {
            known = checked.get(month);
            if (fresh(known)) {
                return known.publisher();
            }
            PeoplePublisher publisher = current(month);
            checked.put(month, new Checked(publisher, clock.instant()));
            return publisher;
        } finally {
            building.unlock();
        }
    }

    /** Forgets when each month was last checked, so the next reader compares its counts with the store. */
    void forgetChecks() {
        checked.clear();
    }

    /** Checked less than {@code checkEvery} ago (a clock set back counts as long ago). */
    private boolean fresh(Checked known) {
        Instant now = clock.instant();
        return known != null && !now.isBefore(known.at()) && now.isBefore(known.at().plus(checkEvery));
    }

    /**
     * Makes sure the month's latest counts have a release (used when a month closes, so the first reader does
     * not wait for it) and returns the revision now published, if any.
     */
    Optional<ReleaseStore.Stored> ensure(YearMonth month) {
        publisher(month);
        return store.latestPassed(month);
    }

    /**
     * The month's published revision. A month without one is protected now (the reader waits, once); a
     * published month whose counts changed keeps being served as it is while its correction is protected in
     * the background, and the next check after it is stored serves the correction if it passed.
     */
    private PeoplePublisher current(YearMonth month) {
        ReleaseTables.Collected collected = tables.collect(month);
        List<ReleaseStore.Stored> revisions = store.revisions(month);
        boolean known = !revisions.isEmpty() && revisions.getLast().fingerprint().equals(collected.fingerprint());
        Optional<ReleaseStore.Stored> published = ReleaseStore.latestPassed(revisions);
        if (!known) {
            if (published.isEmpty()) {
                revisions = new ArrayList<>(revisions);
                revisions.add(build(collected, revisions));
                published = ReleaseStore.latestPassed(revisions);
            } else if (correcting.add(month)) {
                List<ReleaseStore.Stored> before = revisions;
                corrections.execute(() -> {
                    try {
                        build(collected, before);
                        checked.remove(month);
                    } finally {
                        correcting.remove(month);
                    }
                });
                // Run in place (tests), the correction is stored by now.
                published = store.latestPassed(month);
            }
        }
        return published.<PeoplePublisher>map(r -> new PeoplePublisher.FromRelease(r.cells(), r.counts()))
                .orElseGet(() -> new PeoplePublisher.FromRelease(Map.of(), Map.of()));
    }

    private ReleaseStore.Stored build(ReleaseTables.Collected collected, List<ReleaseStore.Stored> revisions) {
        long started = System.nanoTime();
        ReleaseProtection.Result result = protect(collected, revisions.stream().filter(ReleaseStore.Stored::passed).toList());
        long millis = (System.nanoTime() - started) / 1_000_000;
        List<ReleaseCost> cost = ReleaseCost.of(collected.published(), result.cells());
        int revision = revisions.isEmpty() ? 1 : revisions.getLast().revision() + 1;
        ReleaseStore.Stored stored = store.save(collected.month(), revision, clock.instant(), result,
                collected.fingerprint(), millis, cost);
        if (!result.passed()) {
            // Keys name groups of people, never a person; the details are for the administrator's screen.
            log.warn("Release {} revision {} failed its audit with {} findings; the last passed revision stays published",
                    collected.month(), revision, result.findings().size());
        }
        return stored;
    }

    /**
     * Protects the collected tables: the cells only unpublished tables have start as withheld (an outsider
     * does not know them), and every revision already published is audited together with this one.
     */
    static ReleaseProtection.Result protect(ReleaseTables.Collected collected, List<ReleaseStore.Stored> published) {
        ReleaseModel model = ReleaseModel.of(collected.tables(), collected.children());
        Set<String> unpublished = collected.unpublishedKeys();
        for (int cell = 0; cell < model.size(); cell++) {
            if (unpublished.contains(model.publishedKey(cell))) {
                model.setState(cell, ReleaseModel.State.WITHHELD);
            }
        }
        if (published.isEmpty()) {
            return ReleaseProtection.protect(model, true);
        }
        for (int i = 0; i < published.size() - 1; i++) {
            ReleaseStore.Stored earlier = published.get(i);
            model.addEarlier("r" + earlier.revision(), earlier.cells(), earlier.counts());
        }
        ReleaseStore.Stored latest = published.getLast();
        return ReleaseProtection.protect(model, true, latest.cells(), latest.counts());
    }
}
