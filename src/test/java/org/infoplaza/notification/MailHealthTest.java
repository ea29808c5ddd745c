package org.infoplaza.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The mail part of health while the database is away: found by the cluster scenario that kills MariaDB, where
 * the exception failed the whole health request (a redirect to the sign-in page instead of 503).
 */
class MailHealthTest {

    @Test
    void while_the_database_is_away_mail_health_is_unknown_instead_of_failing_the_request() {
        JdbcTemplate jdbc = mock(JdbcTemplate.class);
        when(jdbc.queryForObject(anyString(), eq(Long.class)))
                .thenThrow(new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection"));

        assertThat(new MailHealth(jdbc).health().getStatus()).isEqualTo(Status.UNKNOWN);
    }

    @Test
    void a_message_waiting_after_a_failed_attempt_makes_mail_down() {
        JdbcTemplate jdbc = mock(JdbcTemplate.class);
        when(jdbc.queryForObject(anyString(), eq(Long.class))).thenReturn(3L);

        assertThat(new MailHealth(jdbc).health().getStatus()).isEqualTo(Status.DOWN);
    }
}
