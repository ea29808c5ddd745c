package org.infoplaza.staff;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import org.infoplaza.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An installation with no staff accounts gets one administrator, and no default password ever exists. The
 * account comes from {@code INFOPLAZA_ADMIN_USERNAME} and {@code INFOPLAZA_ADMIN_PASSWORD}; without them,
 * the username is {@code admin} and a random one-time password is printed once in the log, which must be
 * changed at the first sign-in before anything else ({@link StaffService#passwordChangeRequired}).
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final StaffRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final String username;
    private final String password;

    FirstAdministrator(StaffRepository accounts, PasswordEncoder passwordEncoder, Clock clock,
            @Value("${infoplaza.admin.username:admin}") String username,
            @Value("${infoplaza.admin.password:}") String password) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.username = username;
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (accounts.count() > 0) {
            return;
        }
        String name = username.strip().toLowerCase(Locale.ROOT);
        if (!name.matches(StaffData.USERNAME_PATTERN)) {
            // Checked now, or the account could never be saved again from the staff form.
            throw new IllegalStateException("INFOPLAZA_ADMIN_USERNAME must be 3 to 60 lower-case letters, digits, "
                    + "dots, hyphens or underscores");
        }
        boolean generated = password.isBlank();
        String secret = generated ? randomPassword() : password;
        try {
            StaffService.checkPolicy(secret, name);
        } catch (org.infoplaza.shared.DomainException refused) {
            throw new IllegalStateException("INFOPLAZA_ADMIN_PASSWORD must have at least "
                    + StaffService.MIN_PASSWORD_LENGTH + " characters, not contain the username and not be a common "
                    + "password (" + refused.messageKey() + ")");
        }
        String hash = passwordEncoder.encode(secret);
        StaffAccount admin = new StaffAccount(name, hash, clock.instant());
        admin.update(new StaffData(name, "Administrator", null, "es", Role.ADMIN, Set.of(), true, 0));
        // A password that went through the log is changed before the account can do anything else.
        admin.resetPassword(hash, generated);
        accounts.save(admin);
        if (generated) {
            log.warn("""
                    No staff accounts existed, so the administrator '{}' was created with this one-time password:
                        {}
                    Sign in with it: you will be asked to choose your own password. It is not shown again.""", admin.getUsername(), secret);
        } else {
            log.info("Created the first administrator '{}' from the environment", admin.getUsername());
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[15];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
