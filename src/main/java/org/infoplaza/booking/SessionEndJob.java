package org.infoplaza.booking;

import org.infoplaza.centre.CentreService;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;

/**
 * Ends, at every active centre, the sessions whose time is up and all sessions once the centre has closed;
 * then passes expired queue offers on and offers the free stations to the walk-in queue.
 */
@DisallowConcurrentExecution
class SessionEndJob implements Job {

    private final BookingService bookings;
    private final WalkInQueue queue;
    private final CentreService centres;

    SessionEndJob(BookingService bookings, WalkInQueue queue, CentreService centres) {
        this.bookings = bookings;
        this.queue = queue;
        this.centres = centres;
    }

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        context.setResult("ended " + run());
    }

    long run() throws JobExecutionException {
        return CentreJob.forEachActiveCentre(centres, BookingJobsConfig.SESSION_END, centreId -> {
            int ended = bookings.endDueSessions(centreId).size();
            queue.offerFreeStations(centreId);
            return ended;
        });
    }
}
