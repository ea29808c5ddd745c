package org.infoplaza.member;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Everything stored about one member, with their guardian and consents. */
public record MemberDetails(long id, long version, String memberNumber, String givenNames, String surnames,
        LocalDate dateOfBirth, Sex sex, IdType idType, String idNumber, String phone, String email,
        String preferredLanguage, SchoolStatus schoolStatus, String schoolGrade, OccupationStatus occupationStatus,
        long homeCentreId, Long municipalityId, String corregimiento, String community, Instant registeredAt,
        long registeredBy, GuardianData guardian, List<ConsentDetails> consents) {
}
