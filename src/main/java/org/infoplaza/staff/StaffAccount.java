package org.infoplaza.staff;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.infoplaza.security.Role;
import org.infoplaza.security.StaffPrincipal;
import org.infoplaza.shared.AbstractEntity;

@Entity
@Table(name = "staff_account")
class StaffAccount extends AbstractEntity {

    private String username;
    private String displayName;
    private String email;
    private String preferredLanguage;

    @Enumerated(EnumType.STRING)
    private Role role;

    private String passwordHash;
    private boolean active = true;
    private boolean largeText;
    private boolean highContrast;
    private Instant createdAt;
    private Instant lastLoginAt;
    private boolean mustChangePassword;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_account_centre", joinColumns = @JoinColumn(name = "staff_account_id"))
    @Column(name = "centre_id")
    private Set<Long> centreIds = new HashSet<>();

    protected StaffAccount() {
    }

    StaffAccount(String username, String passwordHash, Instant createdAt) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
    }

    void update(StaffData data) {
        this.displayName = data.displayName().strip();
        this.email = data.email() == null || data.email().isBlank() ? null : data.email().strip();
        this.preferredLanguage = data.preferredLanguage();
        this.role = data.role();
        this.active = data.active();
        this.centreIds.clear();
        if (!data.role().seesAllCentres()) {
            this.centreIds.addAll(data.centreIds());
        }
    }

    void changePreferredLanguage(String language) {
        this.preferredLanguage = language;
    }

    DisplayPreferences display() {
        return new DisplayPreferences(largeText, highContrast);
    }

    void changeDisplay(DisplayPreferences preferences) {
        this.largeText = preferences.largeText();
        this.highContrast = preferences.highContrast();
    }

    /** Whether saving {@code data} would change what this person may do or see. */
    boolean accessDiffersFrom(StaffData data) {
        Set<Long> newCentres = data.role().seesAllCentres() ? Set.of() : Set.copyOf(data.centreIds());
        return role != data.role() || active != data.active() || !centreIds.equals(newCentres);
    }

    /** The person chose this password themselves: nothing left to change. */
    void changePassword(String newHash) {
        this.passwordHash = newHash;
        this.mustChangePassword = false;
    }

    /** Someone else chose the password; with {@code mustChange}, the person replaces it at the next sign-in. */
    void resetPassword(String newHash, boolean mustChange) {
        this.passwordHash = newHash;
        this.mustChangePassword = mustChange;
    }

    boolean mustChangePassword() {
        return mustChangePassword;
    }

    void recordSuccessfulLogin(Instant now) {
        this.lastLoginAt = now;
    }

    String getUsername() {
        return username;
    }

    Role getRole() {
        return role;
    }

    boolean isActive() {
        return active;
    }

    StaffOption toOption() {
        return new StaffOption(getId(), displayName);
    }

    /** {@code heldBack}: whether the sign-in throttle makes this account's tries wait somewhere. */
    StaffPrincipal toPrincipal(boolean heldBack) {
        return new StaffPrincipal(getId(), username, displayName, role, centreIds, preferredLanguage, passwordHash,
                active, heldBack);
    }

    StaffDetails toDetails(boolean heldBack) {
        return new StaffDetails(getId(), getVersion(), username, displayName, email, preferredLanguage, role,
                Set.copyOf(centreIds), active, lastLoginAt, heldBack, mustChangePassword);
    }
}
