package org.infoplaza.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.infoplaza.security.Role;
import org.infoplaza.testing.IntegrationTest;
import org.infoplaza.testing.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;



/** Jobs are declared in code and stored once in the shared job store, however many times nodes start. */
@IntegrationTest
class JobsIntegrationTest {

    @Autowired
    Jobs jobs;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void the_declared_jobs_are_stored_once_each_with_their_next_run() {
        SignedIn.as(Role.ADMIN);
        List<JobOverview> overview = jobs.overview();

        assertThat(overview).extracting(JobOverview::name)
                .containsExactly("booking-no-shows", "booking-reminders", "booking-session-end",
                        JobsConfig.JOB_RUN_CLEANUP, "member-retention", JobsConfig.OUTBOX_DELIVERY,
                        JobsConfig.OUTBOX_RETENTION, "reporting-month-cycle", "workshop-reminders");
        assertThat(overview).allSatisfy(job -> assertThat(job.nextFire()).isNotNull());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM QRTZ_TRIGGERS WHERE SCHED_NAME = 'infoplaza'", Integer.class))
                .isEqualTo(9);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM QRTZ_JOB_DETAILS WHERE SCHED_NAME = 'infoplaza'", Integer.class))
                .isEqualTo(9);
    }

    @Test
    void only_administrators_may_look_at_the_jobs() {
        SignedIn.as(Role.OPERATOR, 1L);
        assertThatThrownBy(jobs::overview).isInstanceOf(AccessDeniedException.class);
    }
}
