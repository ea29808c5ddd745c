package org.infoplaza.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quartz.SimpleScheduleBuilder.simpleSchedule;

import java.util.Date;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.infoplaza.testing.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.Scheduler;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.impl.StdSchedulerFactory;

/**
 * Two scheduler nodes on the same MariaDB schema, as two app nodes would run: every firing of a trigger
 * runs on exactly one of them. Uses Quartz directly (its own connection pool) against this run's schema,
 * under a scheduler name of its own so the application's jobs are not involved.
 */
class ClusteredSchedulerIntegrationTest {

    static final Map<Long, AtomicInteger> RUNS_BY_SCHEDULED_TIME = new ConcurrentHashMap<>();
    static final Map<String, AtomicInteger> RUNS_BY_NODE = new ConcurrentHashMap<>();

    @Test
    void each_firing_runs_on_exactly_one_of_two_nodes() throws Exception {
        Flyway.configure().dataSource(TestDatabase.get().jdbcUrl(), TestDatabase.get().user(), TestDatabase.get().password())
                .locations("classpath:db/migration").load().migrate();
        String name = "cluster-test-" + System.nanoTime();
        Scheduler nodeA = scheduler(name, "node-a");
        Scheduler nodeB = scheduler(name, "node-b");
        try {
            nodeA.start();
            nodeB.start();
            int firings = 20;
            JobDetail job = JobBuilder.newJob(CountingJob.class).withIdentity("count", name).build();
            Trigger trigger = TriggerBuilder.newTrigger().withIdentity("count", name)
                    .startAt(new Date(System.currentTimeMillis() + 1000))
                    .withSchedule(simpleSchedule().withIntervalInMilliseconds(300).withRepeatCount(firings - 1)
                            .withMisfireHandlingInstructionNowWithExistingCount())
                    .build();
            nodeA.scheduleJob(job, trigger);

            long deadline = System.currentTimeMillis() + 30_000;
            while (totalRuns() < firings && System.currentTimeMillis() < deadline) {
                Thread.sleep(200);
            }
            Thread.sleep(1500);

            assertThat(totalRuns()).isEqualTo(firings);
            assertThat(RUNS_BY_SCHEDULED_TIME).hasSize(firings)
                    .allSatisfy((time, runs) -> assertThat(runs.get()).as("runs scheduled at %d", time).isEqualTo(1));
        } finally {
            nodeA.shutdown(true);
            nodeB.shutdown(true);
        }
    }

    private static int totalRuns() {
        return RUNS_BY_SCHEDULED_TIME.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    private static Scheduler scheduler(String name, String instance) throws Exception {
        TestDatabase database = TestDatabase.get();
        Properties properties = new Properties();
        properties.setProperty("org.quartz.scheduler.instanceName", name);
        properties.setProperty("org.quartz.scheduler.instanceId", instance);
        properties.setProperty("org.quartz.threadPool.threadCount", "2");
        properties.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
        properties.setProperty("org.quartz.jobStore.driverDelegateClass", "org.quartz.impl.jdbcjobstore.StdJDBCDelegate");
        properties.setProperty("org.quartz.jobStore.dataSource", "db");
        properties.setProperty("org.quartz.jobStore.isClustered", "true");
        properties.setProperty("org.quartz.jobStore.clusterCheckinInterval", "1000");
        properties.setProperty("org.quartz.dataSource.db.provider", "hikaricp");
        properties.setProperty("org.quartz.dataSource.db.driver", "org.mariadb.jdbc.Driver");
        properties.setProperty("org.quartz.dataSource.db.URL", database.jdbcUrl());
        properties.setProperty("org.quartz.dataSource.db.user", database.user());
        properties.setProperty("org.quartz.dataSource.db.password", database.password());
        properties.setProperty("org.quartz.dataSource.db.maxConnections", "4");
        return new StdSchedulerFactory(properties).getScheduler();
    }

    /** Counts runs; Quartz creates it by its public no-argument constructor. */
    public static class CountingJob implements Job {

        @Override
        public void execute(JobExecutionContext context) {
            RUNS_BY_SCHEDULED_TIME.computeIfAbsent(context.getScheduledFireTime().getTime(), t -> new AtomicInteger())
                    .incrementAndGet();
            try {
                RUNS_BY_NODE.computeIfAbsent(context.getScheduler().getSchedulerInstanceId(), n -> new AtomicInteger())
                        .incrementAndGet();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
