package org.infoplaza.staff;

import jakarta.validation.Valid;
import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.infoplaza.centre.CentreService;
import org.infoplaza.security.CurrentUser;
import org.infoplaza.security.Role;
import org.infoplaza.security.StaffSessions;
import org.infoplaza.shared.ConcurrentEditException;
import org.infoplaza.shared.Constraints;
import org.infoplaza.shared.DomainException;
import org.infoplaza.shared.NotFoundException;
import org.infoplaza.shared.SearchPattern;
import org.infoplaza.shared.Translations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Staff accounts, managed by administrators. Passwords are stored only as adaptive hashes; an
 * administrator can set a new one (optionally to be changed at the next sign-in) or lift a sign-in lock,
 * and anyone can change their own password.
 */
@Service
@Validated
@Transactional(readOnly = true)
public class StaffService {

    /** Shortest password accepted anywhere; forms show it as a hint and the service enforces it. */
    public static final int MIN_PASSWORD_LENGTH = 12;

    /**
     * Passwords long enough but among the first an attacker tries (length over complexity: no rules about
     * digits or symbols, but not these, and not the username).
     */
    private static final Set<String> COMMON_PASSWORDS = Set.of("123456789012", "1234567890123", "password1234",
            "passwordpassword", "contraseña123", "contrasena123", "contrasena1234", "qwertyuiop12", "qwerty123456",
            "administrador", "administrator", "admin1234567", "adminadmin12", "infoplaza123", "infoplaza2024",
            "infoplaza2025", "infoplaza2026", "panama123456", "bienvenido123", "iloveyou1234");

    private static final Logger log = LoggerFactory.getLogger(StaffService.class);

    private static final Set<String> LANGUAGES = Set.copyOf(Translations.languageTags());

    private final StaffRepository accounts;
    private final CentreService centres;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final StaffSessions sessions;
    private final SignInThrottle throttle;
    private final SignInFailureRepository failures;
    private final Clock clock;

    StaffService(StaffRepository accounts, CentreService centres, PasswordEncoder passwordEncoder,
            CurrentUser currentUser, StaffSessions sessions, SignInThrottle throttle, SignInFailureRepository failures,
            Clock clock) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.failures = failures;
        this.sessions = sessions;
        this.centres = centres;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Page<StaffDetails> page(StaffFilter filter, Pageable pageable) {
        String text = filter.text() == null ? "" : filter.text().toLowerCase(Locale.ROOT);
        return accounts.search(SearchPattern.contains(text), filter.role(), pageable).map(a -> a.toDetails(heldBack(a)));
    }

    @PreAuthorize("hasRole('ADMIN')")
    public StaffDetails get(long accountId) {
        StaffAccount account = account(accountId);
        return account.toDetails(heldBack(account));
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public StaffDetails create(@Valid StaffData data, String initialPassword) {
        String username = data.username().strip().toLowerCase(Locale.ROOT);
        if (accounts.existsByUsername(username)) {
            throw new DomainException("staff.username.taken", username);
        }
        checkCentres(data);
        StaffAccount account = new StaffAccount(username, hash(initialPassword, username), clock.instant());
        boolean accessChanged = account.accessDiffersFrom(data);
        account.update(data);
        StaffDetails saved = save(account).toDetails(heldBack(account));
        if (accessChanged) {
            sessions.endAll(account.getUsername());
        }
        return saved;
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public StaffDetails update(long accountId, @Valid StaffData data) {
        StaffAccount account = account(accountId);
        account.checkVersion(data.version());
        checkCentres(data);
        if (isCurrentUser(account) && (!data.active() || data.role() != Role.ADMIN)) {
            throw new DomainException("staff.self-demotion");
        }
        boolean accessChanged = account.accessDiffersFrom(data);
        account.update(data);
        StaffDetails saved = save(account).toDetails(heldBack(account));
        if (accessChanged) {
            sessions.endAll(account.getUsername());
        }
        return saved;
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public StaffDetails setPassword(long accountId, long version, String newPassword) {
        return setPassword(accountId, version, newPassword, false);
    }

    /**
     * An administrator gives the account a new password; with {@code mustChange}, its owner must replace it
     * with one of their own at the next sign-in before reaching any other page.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public StaffDetails setPassword(long accountId, long version, String newPassword, boolean mustChange) {
        StaffAccount account = account(accountId);
        account.checkVersion(version);
        account.resetPassword(hash(newPassword, account.getUsername()), mustChange);
        throttle.release(account.getUsername());
        StaffDetails saved = save(account).toDetails(heldBack(account));
        sessions.endAll(account.getUsername());
        return saved;
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public StaffDetails unlock(long accountId, long version) {
        StaffAccount account = account(accountId);
        account.checkVersion(version);
        throttle.release(account.getUsername());
        log.info("Sign-in throttle of staff account {} released by an administrator", account.getId());
        return account.toDetails(heldBack(account));
    }

    /** Any signed-in staff member changes their own password, proving they know the current one. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void changeOwnPassword(String currentPassword, String newPassword) {
        StaffAccount account = account(currentUser.require().id());
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.toPrincipal(false).getPassword())) {
            throw new DomainException("staff.password.current-wrong");
        }
        account.changePassword(hash(newPassword, account.getUsername()));
        save(account);
    }

    /**
     * Whether the signed-in staff member must replace a password someone else chose (the generated first
     * administrator's, or one an administrator set) before doing anything else. Read from the account as
     * stored now, so it ends the moment the new password is saved. A principal without an account (the
     * system's own) has nothing to change.
     */
    @PreAuthorize("isAuthenticated()")
    public boolean passwordChangeRequired() {
        return accounts.findById(currentUser.require().id()).map(StaffAccount::mustChangePassword).orElse(false);
    }

    /** The signed-in staff member's own account, as stored now (the session's copy may be older). */
    @PreAuthorize("isAuthenticated()")
    public StaffDetails ownAccount() {
        StaffAccount account = account(currentUser.require().id());
        return account.toDetails(heldBack(account));
    }

    /**
     * Anyone signed in chooses the language the application opens in at their next sign-in. Only the
     * language changes, so this needs no version: nothing an administrator edits can be overwritten.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public StaffDetails changeOwnLanguage(String language) {
        if (language == null || !LANGUAGES.contains(language)) {
            throw new DomainException("staff.language.required");
        }
        StaffAccount account = account(currentUser.require().id());
        account.changePreferredLanguage(language);
        return save(account).toDetails(heldBack(account));
    }

    /** The signed-in person's own display preferences (large text, high contrast). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public DisplayPreferences ownDisplay() {
        return account(currentUser.require().id()).display();
    }

    /**
     * Anyone signed in chooses larger text and stronger contrast for themselves; like the language, only these
     * change, so no version is needed.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public DisplayPreferences changeOwnDisplay(DisplayPreferences preferences) {
        if (preferences == null) {
            throw new IllegalArgumentException("preferences");
        }
        StaffAccount account = account(currentUser.require().id());
        account.changeDisplay(preferences);
        return save(account).display();
    }

    /**
     * Refused sign-ins of the last 90 days, newest first, for administrators: the username tried, when, from
     * which client address and why. {@code text} narrows to usernames or addresses containing it.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public Page<SignInFailureDetails> failedSignIns(String text, Pageable pageable) {
        String pattern = SearchPattern.contains(text == null ? "" : text.strip().toLowerCase(Locale.ROOT));
        return failures.search(pattern, pageable).map(SignInFailure::toDetails);
    }

    private boolean heldBack(StaffAccount account) {
        return throttle.heldBack(account.getUsername());
    }

    private String hash(String password, String username) {
        checkPolicy(password, username);
        return passwordEncoder.encode(password);
    }

    /** The password policy of every account, also for the first administrator's. */
    static void checkPolicy(String password, String username) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_PASSWORD_LENGTH) {
            throw new DomainException("staff.password.too-short", MIN_PASSWORD_LENGTH);
        }
        String lower = password.strip().toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(username.strip().toLowerCase(Locale.ROOT))) {
            throw new DomainException("staff.password.contains-username");
        }
        if (COMMON_PASSWORDS.contains(lower) || lower.chars().distinct().count() < 4) {
            throw new DomainException("staff.password.common");
        }
    }

    private void checkCentres(StaffData data) {
        if (!data.role().seesAllCentres()) {
            data.centreIds().forEach(centres::get);
        }
    }

    private boolean isCurrentUser(StaffAccount account) {
        return currentUser.find().map(p -> p.id() == account.getId()).orElse(false);
    }

    private StaffAccount account(long accountId) {
        return accounts.findById(accountId).orElseThrow(NotFoundException::new);
    }

    private StaffAccount save(StaffAccount account) {
        try {
            return accounts.saveAndFlush(account);
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentEditException();
        } catch (DataIntegrityViolationException e) {
            if (Constraints.violated(e, "uk_staff_username")) {
                throw new DomainException("staff.username.taken", account.getUsername());
            }
            throw Constraints.unexpected();
        }
    }

    /**
     * The active facilitators assigned to a centre, for choosing who runs a workshop cohort there. Anyone who
     * works at the centre may ask; only names leave.
     */
    @PreAuthorize("isAuthenticated()")
    public List<StaffOption> facilitatorsAt(long centreId) {
        currentUser.checkCentre(centreId);
        return accounts.findActiveAt(centreId, Role.FACILITATOR).stream()
                .map(StaffAccount::toOption).toList();
    }

    /** Display names of staff accounts by id (for a cohort's facilitators); unknown ids are left out. */
    @PreAuthorize("isAuthenticated()")
    public List<StaffOption> namesOf(Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return List.of();
        }
        return accounts.findAllById(Set.copyOf(accountIds)).stream()
                .map(StaffAccount::toOption)
                .sorted(Comparator.comparing(StaffOption::displayName)).toList();
    }
}
