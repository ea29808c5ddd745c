package org.infoplaza.booking;

import java.util.List;
import java.util.function.LongUnaryOperator;
import org.infoplaza.centre.CentreOption;
import org.infoplaza.centre.CentreService;
import org.infoplaza.security.SystemAuthentication;
import org.quartz.JobExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a job's work for every active centre, as the system, each centre in its own transaction: one centre
 * that fails does not hold up the others, and the run is reported as failed afterwards.
 */
final class CentreJob {

    private static final Logger log = LoggerFactory.getLogger(CentreJob.class);

    private CentreJob() {
    }

    /** Returns the sum of what the work reports per centre. */
    static long forEachActiveCentre(CentreService centres, String job, LongUnaryOperator work)
            throws JobExecutionException {
        List<CentreOption> active = SystemAuthentication.call(centres::accessibleCentres);
        long total = 0;
        int failed = 0;
        for (CentreOption centre : active) {
            try {
                total += SystemAuthentication.call(() -> work.applyAsLong(centre.id()));
            } catch (RuntimeException e) {
                failed++;
                log.warn("Job {} failed for centre {}: {}", job, centre.id(), e.toString());
            }
        }
        if (failed > 0) {
            throw new JobExecutionException(job + " failed for " + failed + " centre(s)");
        }
        return total;
    }
}
