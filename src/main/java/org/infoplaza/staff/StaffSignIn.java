package org.infoplaza.staff;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signing in: loads the account for Spring Security and keeps the throttle. After
 * {@code infoplaza.security.max-failed-logins} failures in a row the account is locked for
 * {@code infoplaza.security.lock-duration}; a success resets the count and records the time.
 */
@Component
class StaffSignIn implements UserDetailsService {

    private static final Logger log = LoggerFactory.getLogger(StaffSignIn.class);

    private final StaffRepository accounts;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockFor;

    StaffSignIn(StaffRepository accounts, Clock clock,
            @Value("${infoplaza.security.max-failed-logins}") int maxFailures,
            @Value("${infoplaza.security.lock-duration}") Duration lockFor) {
        this.accounts = accounts;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockFor = lockFor;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsername(normalise(username))
                .map(account -> account.toPrincipal(clock.instant()))
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        accounts.findByUsername(normalise(event.getAuthentication().getName())).ifPresent(account -> {
            account.recordFailedLogin(clock.instant(), maxFailures, lockFor);
            if (account.isLocked(clock.instant())) {
                log.warn("Staff account {} locked after {} failed sign-ins", account.getId(), maxFailures);
            }
        });
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onSuccess(AuthenticationSuccessEvent event) {
        accounts.findByUsername(normalise(event.getAuthentication().getName()))
                .ifPresent(account -> account.recordSuccessfulLogin(clock.instant()));
    }

    private static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
