package org.infoplaza.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.infoplaza.security.Role;
import org.infoplaza.shared.PanamaTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.slf4j.LoggerFactory;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.util.ReflectionTestUtils;

/** An empty installation gets exactly one administrator, and its password never lands in the log by accident. */
class FirstAdministratorTest {

    private static final Instant NOW = Instant.parse("2025-03-10T14:00:00Z");
    private static final String ENVIRONMENT_PASSWORD = "from-the-environment-42";

    private final StaffRepository accounts = mock(StaffRepository.class);
    private final PasswordEncoder passwordEncoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private final Clock clock = Clock.fixed(NOW, PanamaTime.ZONE);
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(FirstAdministrator.class);

    @BeforeEach
    void captureLog() {
        log.start();
        logger.addAppender(log);
    }

    @AfterEach
    void releaseLog() {
        logger.detachAppender(log);
    }

    @Test
    void an_installation_with_accounts_is_left_alone() {
        when(accounts.count()).thenReturn(3L);

        firstAdministrator("Admin", ENVIRONMENT_PASSWORD).run(new DefaultApplicationArguments());

        verify(accounts, never()).save(any());
        assertThat(log.list).isEmpty();
    }

    @Test
    void an_empty_installation_gets_one_administrator_with_the_hashed_environment_password() {
        StaffAccount admin = runOnEmptyInstallation(" Admin ", ENVIRONMENT_PASSWORD);

        assertThat(admin.getUsername()).isEqualTo("admin");
        assertThat(admin.getRole()).isEqualTo(Role.ADMIN);
        assertThat(admin.isActive()).isTrue();
        String hash = admin.toPrincipal(false).getPassword();
        assertThat(hash).doesNotContain(ENVIRONMENT_PASSWORD);
        assertThat(passwordEncoder.matches(ENVIRONMENT_PASSWORD, hash)).isTrue();
        assertThat(admin.toDetails(false).centreIds()).isEmpty();
        assertThat(admin.mustChangePassword()).as("a password its owner chose").isFalse();
    }

    @Test
    void a_generated_password_must_be_changed_at_the_first_sign_in() {
        StaffAccount admin = runOnEmptyInstallation("admin", "");

        assertThat(admin.mustChangePassword()).isTrue();
        assertThat(admin.toDetails(false).mustChangePassword()).isTrue();
        admin.changePassword(passwordEncoder.encode("a phrase of my own choosing"));
        assertThat(admin.mustChangePassword()).isFalse();
    }

    @Test
    void the_password_from_the_environment_is_never_logged() {
        runOnEmptyInstallation("admin", ENVIRONMENT_PASSWORD);

        assertThat(log.list).hasSize(1);
        assertThat(logText()).doesNotContain(ENVIRONMENT_PASSWORD).contains("admin");
    }

    @Test
    void without_a_password_in_the_environment_a_random_one_is_logged_exactly_once() {
        StaffAccount admin = runOnEmptyInstallation("admin", "");

        assertThat(log.list).hasSize(1);
        String text = logText();
        String hash = admin.toPrincipal(false).getPassword();
        String generated = text.lines().map(String::strip)
                .filter(line -> !line.isEmpty() && passwordEncoder.matches(line, hash))
                .findFirst().orElseThrow(() -> new AssertionError("the log does not show the generated password"));
        assertThat(generated).hasSizeGreaterThanOrEqualTo(StaffService.MIN_PASSWORD_LENGTH);
        assertThat(text.split(Pattern.quote(generated), -1)).as("times the password appears").hasSize(2);
    }

    @Test
    void two_empty_installations_get_different_generated_passwords() {
        String first = runOnEmptyInstallation("admin", "").toPrincipal(false).getPassword();
        String second = runOnEmptyInstallation("admin", "").toPrincipal(false).getPassword();

        List<String> logged = log.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        assertThat(logged).hasSize(2);
        assertThat(logged.get(0)).isNotEqualTo(logged.get(1));
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void a_too_short_environment_password_stops_the_start_without_creating_anything() {
        when(accounts.count()).thenReturn(0L);

        assertThatThrownBy(() -> firstAdministrator("admin", "tiny-pw").run(new DefaultApplicationArguments()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageNotContaining("tiny-pw");
        verify(accounts, never()).save(any());
    }

    @Test
    void a_username_the_staff_form_could_not_save_stops_the_start() {
        when(accounts.count()).thenReturn(0L);

        assertThatThrownBy(() -> firstAdministrator("Ana Admin", ENVIRONMENT_PASSWORD).run(new DefaultApplicationArguments()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("INFOPLAZA_ADMIN_USERNAME");
        verify(accounts, never()).save(any());
    }

    private StaffAccount runOnEmptyInstallation(String username, String password) {
        when(accounts.count()).thenReturn(0L);
        firstAdministrator(username, password).run(new DefaultApplicationArguments());
        ArgumentCaptor<StaffAccount> saved = ArgumentCaptor.forClass(StaffAccount.class);
        verify(accounts, atLeastOnce()).save(saved.capture());
        StaffAccount admin = saved.getValue();
        // As if stored: the database assigns the id that principals and details carry.
        ReflectionTestUtils.setField(admin, "id", 1L);
        return admin;
    }

    private FirstAdministrator firstAdministrator(String username, String password) {
        return new FirstAdministrator(accounts, passwordEncoder, clock, username, password);
    }

    private String logText() {
        StringBuilder text = new StringBuilder();
        log.list.forEach(event -> text.append(event.getFormattedMessage()).append('\n'));
        return text.toString();
    }
}
