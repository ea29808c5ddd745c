package org.infoplaza.staff;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.infoplaza.security.Role;

/**
 * What an administrator enters for a staff account. Operators and facilitators need at least one centre;
 * administrators and the secretariat see every centre and keep none.
 */
public record StaffData(
        @NotBlank(message = "{staff.username.required}") @Pattern(regexp = StaffData.USERNAME_PATTERN, message = "{staff.username.format}") String username,
        @NotBlank(message = "{staff.display-name.required}") @Size(max = 120, message = "{staff.display-name.size}") String displayName,
        @Email(message = "{staff.email.format}") @Size(max = 254, message = "{staff.email.format}") String email,
        @NotNull @Pattern(regexp = "es|en", message = "{staff.language.required}") String preferredLanguage,
        @NotNull(message = "{staff.role.required}") Role role,
        @NotNull Set<Long> centreIds,
        boolean active,
        long version) {

    /** Usernames as stored: lower case, so sign-in can ignore the case people type. */
    public static final String USERNAME_PATTERN = "[a-z0-9._-]{3,60}";

    @AssertTrue(message = "{staff.centres.required}")
    public boolean isCentreAssignmentValid() {
        return role == null || role.seesAllCentres() || (centreIds != null && !centreIds.isEmpty());
    }
}
