package org.infoplaza.workshop;

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
 * Reminds enrolled members of each session starting within {@code infoplaza.workshops.reminder-hours}
 * (default 24). It runs every quarter of an hour, so a member enrolled late still hears before the session;
 * a {@code workshop_reminder} row makes sure nobody is reminded of a session twice, even when runs overlap
 * nodes.
 */
@DisallowConcurrentExecution
class WorkshopReminderJob implements Job {

    private final WorkshopReminders reminders;
    private final Clock clock;
    private final int hoursBefore;

    WorkshopReminderJob(WorkshopReminders reminders, Clock clock,
            @Value("${infoplaza.workshops.reminder-hours:24}") int hoursBefore) {
        this.reminders = reminders;
        this.clock = clock;
        this.hoursBefore = hoursBefore;
    }

    @Override
    public void execute(JobExecutionContext context) {
        context.setResult("reminded " + run());
    }

    int run() {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), PanamaTime.ZONE).truncatedTo(ChronoUnit.MINUTES);
        return SystemAuthentication.call(() -> reminders.remindStartingBefore(now, now.plusHours(hoursBefore)));
    }
}
