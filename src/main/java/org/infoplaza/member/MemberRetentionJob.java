package org.infoplaza.member;

import java.time.Clock;
import java.time.LocalDate;
import org.infoplaza.security.SystemAuthentication;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.springframework.beans.factory.annotation.Value;

/**
 * The retention rule: members whose last activity is older than {@code infoplaza.members.retention-years}
 * are anonymised, as the system, in batches of {@code infoplaza.members.retention-batch-size}, each batch
 * in its own transaction so one night's work never holds thousands of rows locked.
 */
@DisallowConcurrentExecution
class MemberRetentionJob implements Job {

    private final MemberPrivacy privacy;
    private final Clock clock;
    private final int retentionYears;
    private final int batchSize;

    MemberRetentionJob(MemberPrivacy privacy, Clock clock,
            @Value("${infoplaza.members.retention-years:5}") int retentionYears,
            @Value("${infoplaza.members.retention-batch-size:200}") int batchSize) {
        if (retentionYears < 1 || batchSize < 1) {
            throw new IllegalArgumentException("Retention years and batch size must be at least 1");
        }
        this.privacy = privacy;
        this.clock = clock;
        this.retentionYears = retentionYears;
        this.batchSize = batchSize;
    }

    @Override
    public void execute(JobExecutionContext context) {
        context.setResult("anonymised " + run());
    }

    /** Anonymises every member inactive since before the cut-off and returns how many there were. */
    int run() {
        LocalDate cutoff = LocalDate.now(clock).minusYears(retentionYears);
        int total = 0;
        int batch;
        do {
            batch = SystemAuthentication.call(() -> privacy.anonymiseInactiveBefore(cutoff, batchSize));
            total += batch;
        } while (batch == batchSize);
        return total;
    }
}
