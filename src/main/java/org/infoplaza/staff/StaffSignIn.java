package org.infoplaza.staff;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.infoplaza.staff.SignInFailureDetails.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signing in with username and password. Every refusal is the same {@link BadCredentialsException} with the
 * same message, whether the account is unknown, the password wrong, the account inactive or the tries held
 * back, so the answer tells nobody whether an account exists; the password is checked even for an unknown
 * username, so the time taken does not tell either. Failures feed the {@link SignInThrottle} and are kept
 * for administrators ({@link StaffService#failedSignIns}) with the reason, never the password.
 */
@Component
class StaffSignIn implements AuthenticationProvider {

    /** The one message of every refusal; the login page shows its own translated text. */
    static final String REFUSED = "Sign-in refused";

    /** How long failed sign-ins are kept for administrators, and how often older ones are deleted. */
    static final Duration KEPT = Duration.ofDays(90);
    private static final Duration TIDY_EVERY = Duration.ofHours(1);

    private static final Logger log = LoggerFactory.getLogger(StaffSignIn.class);

    private final StaffRepository accounts;
    private final SignInFailureRepository failures;
    private final SignInThrottle throttle;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String unknownAccountHash;
    private final AtomicReference<Instant> lastTidy = new AtomicReference<>(Instant.MIN);

    StaffSignIn(StaffRepository accounts, SignInFailureRepository failures, SignInThrottle throttle,
            PasswordEncoder passwordEncoder, TransactionTemplate transactions, Clock clock) {
        this.accounts = accounts;
        this.failures = failures;
        this.throttle = throttle;
        this.passwordEncoder = passwordEncoder;
        this.transactions = transactions;
        this.clock = clock;
        // Checked against when the username is unknown, so that case costs what a wrong password costs.
        this.unknownAccountHash = passwordEncoder.encode(UUID.randomUUID().toString());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String tried = attempt.getName() == null ? "" : attempt.getName();
        String username = normalise(tried);
        String address = clientAddress(attempt);
        if (throttle.mustWait(username, address)) {
            throw refuse(tried, null, address, Reason.THROTTLED);
        }
        Optional<StaffAccount> account = accounts.findByUsername(username);
        String password = attempt.getCredentials() == null ? "" : attempt.getCredentials().toString();
        boolean matches = passwordEncoder.matches(password,
                account.map(a -> a.toPrincipal(false).getPassword()).orElse(unknownAccountHash));
        if (account.isEmpty()) {
            throttle.failed(username, address);
            throw refuse(tried, null, address, Reason.UNKNOWN_ACCOUNT);
        }
        if (!matches) {
            throttle.failed(username, address);
            throw refuse(tried, account.get().getId(), address, Reason.WRONG_PASSWORD);
        }
        if (!account.get().isActive()) {
            throw refuse(tried, account.get().getId(), address, Reason.INACTIVE);
        }
        throttle.succeeded(username, address);
        StaffAccount signedIn = transactions.execute(status -> {
            StaffAccount current = accounts.findById(account.get().getId()).orElseThrow();
            current.recordSuccessfulLogin(clock.instant());
            return current;
        });
        var principal = signedIn.toPrincipal(false);
        var authenticated = UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        authenticated.setDetails(attempt.getDetails());
        return authenticated;
    }

    private BadCredentialsException refuse(String tried, Long accountId, String address, Reason reason) {
        Instant now = clock.instant();
        try {
            failures.save(new SignInFailure(now, tried.strip(), accountId, address, reason));
            Instant last = lastTidy.get();
            if (last.isBefore(now.minus(TIDY_EVERY)) && lastTidy.compareAndSet(last, now)) {
                transactions.executeWithoutResult(status -> failures.deleteOlderThan(now.minus(KEPT)));
            }
        } catch (RuntimeException e) {
            // The person must still get the refusal, not an error page, if the record cannot be written.
            log.warn("A failed sign-in could not be recorded: {}", e.getClass().getSimpleName());
        }
        return new BadCredentialsException(REFUSED);
    }

    private static String clientAddress(Authentication attempt) {
        // The proxy's forwarded address when server.forward-headers-strategy trusts it (docs/operations.md).
        return attempt.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress() : "unknown";
    }

    static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
