package org.infoplaza.booking;

import org.infoplaza.centre.CentreService;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;

/**
 * Releases, at every active centre, the bookings whose member has not checked in within the centre's
 * grace period; the released stations then go to the walk-in queue (see {@link FreedStations}).
 */
@DisallowConcurrentExecution
class NoShowReleaseJob implements Job {

    private final BookingService bookings;
    private final CentreService centres;

    NoShowReleaseJob(BookingService bookings, CentreService centres) {
        this.bookings = bookings;
        this.centres = centres;
    }

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        context.setResult("released " + run());
    }

    long run() throws JobExecutionException {
        return CentreJob.forEachActiveCentre(centres, BookingJobsConfig.NO_SHOWS,
                centreId -> bookings.releaseNoShows(centreId).size());
    }
}
