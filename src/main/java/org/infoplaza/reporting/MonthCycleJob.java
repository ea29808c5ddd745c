package org.infoplaza.reporting;

import java.time.Clock;
import java.time.YearMonth;
import org.infoplaza.security.SystemAuthentication;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/**
 * On the first of each month (Panama time) computes the month before for every active centre, makes the
 * month's release (so the first reader does not wait for its protection) and mails the secretariat its summary. Safe to run again, on any node: existing months are left alone and the mail goes
 * once. A run that starts late (the application was down) still closes the month before the current one.
 */
@DisallowConcurrentExecution
class MonthCycleJob implements Job {

    private final MonthCycleService cycle;
    private final MonthlyReportMail mail;
    private final Clock clock;
    private final Releases releases;

    MonthCycleJob(MonthCycleService cycle, MonthlyReportMail mail, Clock clock, Releases releases) {
        this.cycle = cycle;
        this.releases = releases;
        this.mail = mail;
        this.clock = clock;
    }

    @Override
    public void execute(JobExecutionContext context) {
        context.setResult(run());
    }

    String run() {
        YearMonth month = YearMonth.now(clock).minusMonths(1);
        return SystemAuthentication.call(() -> {
            int created = cycle.close(month);
            String release = releases.ensure(month).map(r -> "release revision " + r.revision())
                    .orElse("no release passed its audit");
            int mailed = mail.send(month);
            return month + ": computed " + created + ", " + release + ", mailed " + mailed;
        });
    }
}
