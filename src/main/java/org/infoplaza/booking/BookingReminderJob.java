package org.infoplaza.booking;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.infoplaza.security.SystemAuthentication;
import org.infoplaza.shared.PanamaTime;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.springframework.beans.factory.annotation.Value;

/**
 * Reminds members of their bookings {@code infoplaza.booking.reminder-minutes} (default 60) before the
 * start. The outbox sends what it is given at once, so this job enqueues each reminder when it is due; a
 * row in {@code booking_reminder} makes sure no booking is reminded twice, even when runs overlap nodes.
 */
@DisallowConcurrentExecution
class BookingReminderJob implements Job {

    private final BookingReminders reminders;
    private final Clock clock;
    private final int minutesBefore;

    BookingReminderJob(BookingReminders reminders, Clock clock,
            @Value("${infoplaza.booking.reminder-minutes:60}") int minutesBefore) {
        this.reminders = reminders;
        this.clock = clock;
        this.minutesBefore = minutesBefore;
    }

    @Override
    public void execute(JobExecutionContext context) {
        context.setResult("reminded " + run());
    }

    int run() {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), PanamaTime.ZONE).truncatedTo(ChronoUnit.MINUTES);
        return SystemAuthentication.call(() -> reminders.remindStartingBefore(now, now.plusMinutes(minutesBefore)));
    }
}
