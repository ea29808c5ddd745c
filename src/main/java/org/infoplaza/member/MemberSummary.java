package org.infoplaza.member;

import java.time.LocalDate;

/**
 * One member as a grid or a duplicate warning shows them. {@code consentValid} matters only for minors:
 * whether a data-processing consent is valid today. {@code mayUseStations} and {@code mayJoinWorkshops} say
 * what the member may do today, by the same rule as {@link MemberService#eligibility} (suspension, and a
 * minor's guardian consents for each activity).
 */
public record MemberSummary(long id, String memberNumber, String givenNames, String surnames,
        LocalDate dateOfBirth, int age, long homeCentreId, boolean minor, boolean consentValid, boolean suspended,
        boolean mayUseStations, boolean mayJoinWorkshops) {

    public String fullName() {
        return givenNames + " " + surnames;
    }
}
