package org.infoplaza.member;

import java.time.LocalDate;

/**
 * One member as a grid or a duplicate warning shows them. {@code consentValid} matters only for minors:
 * whether a data-processing consent is valid today.
 */
public record MemberSummary(long id, String memberNumber, String givenNames, String surnames,
        LocalDate dateOfBirth, int age, long homeCentreId, boolean minor, boolean consentValid) {

    public String fullName() {
        return givenNames + " " + surnames;
    }
}
