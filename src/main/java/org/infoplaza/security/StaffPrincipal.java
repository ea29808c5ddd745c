package org.infoplaza.security;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in staff member as the rest of the application sees it: identity, role, assigned centres and
 * language. Built by the staff module at login; the password hash is erased once authentication is done,
 * so the session never holds it.
 */
public final class StaffPrincipal implements UserDetails, CredentialsContainer {

    private final long id;
    private final String username;
    private final String displayName;
    private final Role role;
    private final Set<Long> centreIds;
    private final String preferredLanguage;
    private final boolean enabled;
    private final boolean locked;
    private String passwordHash;

    public StaffPrincipal(long id, String username, String displayName, Role role, Set<Long> centreIds,
            String preferredLanguage, String passwordHash, boolean enabled, boolean locked) {
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.role = role;
        this.centreIds = Set.copyOf(centreIds);
        this.preferredLanguage = preferredLanguage;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.locked = locked;
    }

    public long id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    public Set<Long> centreIds() {
        return centreIds;
    }

    public String preferredLanguage() {
        return preferredLanguage;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    /** Sessions are tracked per person, so two principals of the same account are equal. */
    @Override
    public boolean equals(Object other) {
        return other instanceof StaffPrincipal principal && principal.username.equals(username);
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }

    @Override
    public String toString() {
        return "StaffPrincipal[" + username + ", " + role + "]";
    }
}
