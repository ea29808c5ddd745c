package org.infoplaza.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.infoplaza.notification.MailRequest;
import org.infoplaza.notification.Outbox;
import org.infoplaza.notification.Recipient;
import org.infoplaza.security.SystemAuthentication;
import org.infoplaza.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

/**
 * What a monitor sees without signing in: the health of each part (statuses only); and what Prometheus sees
 * with its scrape token: the application's own metrics, which follow the database as it changes.
 */
@IntegrationTest
class HealthAndMetricsIntegrationTest {

    private static final Pattern BACKLOG = Pattern.compile("(?m)^infoplaza_outbox_backlog\\{[^}]*\\} ([0-9.E]+)$");

    @Autowired
    WebApplicationContext context;

    @Autowired
    Outbox outbox;

    @Autowired
    TransactionTemplate transactions;

    MockMvc anonymous;

    @BeforeEach
    void setUp() {
        anonymous = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void health_lists_the_database_and_the_scheduler_to_anyone_without_any_detail() throws Exception {
        MvcResult result = anonymous.perform(get("/actuator/health")).andReturn();
        String body = result.getResponse().getContentAsString();

        assertThat(body).contains("\"db\":{\"status\":\"UP\"}", "\"mail\":{\"status\":");
        // Tests keep Quartz in standby so no job runs behind their back: the node would run no job, and says so.
        assertThat(body).contains("\"scheduler\":{\"status\":\"DOWN\"}");
        assertThat(result.getResponse().getStatus()).isEqualTo(503);
        assertThat(body).doesNotContain("clustered", "instance", "MariaDB", "validationQuery");
    }

    @Test
    void prometheus_exposes_the_live_counts_and_the_backlog_follows_the_outbox() throws Exception {
        String before = scrape();
        assertThat(before).contains("infoplaza_station_sessions_active", "infoplaza_bookings_upcoming",
                "infoplaza_queue_length", "infoplaza_outbox_failed", "infoplaza_staff_sessions");
        double backlog = backlog(before);

        transactions.executeWithoutResult(status -> SystemAuthentication.run(() -> outbox.enqueue(new MailRequest(
                "test", new Recipient("Ana", "ana.metrics@example.org", Locale.ENGLISH), Map.of(), null,
                "metrics-test"))));

        assertThat(backlog(scrape())).isEqualTo(backlog + 1);
    }

    private String scrape() throws Exception {
        MvcResult result = anonymous.perform(get("/actuator/prometheus")
                .header("Authorization", "Bearer test-scrape-token")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }

    private static double backlog(String scrape) {
        Matcher matcher = BACKLOG.matcher(scrape);
        assertThat(matcher.find()).as("backlog gauge in:%n%s", scrape).isTrue();
        return Double.parseDouble(matcher.group(1));
    }
}
