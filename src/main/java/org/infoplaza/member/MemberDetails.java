package org.infoplaza.member;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Everything stored about one member, with their guardian and consents. The sensitive fields
 * ({@code ethnicity}, {@code disability}) are empty unless the member has a SENSITIVE_DATA consent; only
 * administrators and operators of the member's centre can read this record.
 */
public record MemberDetails(long id, long version, String memberNumber, String givenNames, String surnames,
        LocalDate dateOfBirth, Sex sex, IdType idType, String idNumber, String phone, String email,
        String preferredLanguage, SchoolStatus schoolStatus, String schoolGrade, OccupationStatus occupationStatus,
        long homeCentreId, Long municipalityId, Long corregimientoId, String community, Set<Ethnicity> ethnicity,
        Disability disability, Instant registeredAt, long registeredBy, GuardianData guardian,
        List<ConsentDetails> consents, LocalDate suspendedUntil, String suspensionReason) {

    /** Whether the member is suspended from stations and workshops on {@code day}. */
    public boolean suspendedOn(LocalDate day) {
        return suspendedUntil != null && !day.isAfter(suspendedUntil);
    }
}
