package org.infoplaza.member;

import java.time.LocalDate;

/**
 * One member as a grid or a duplicate warning shows them. {@code consentValid} matters only for minors:
 * whether a data-processing consent is valid today. {@code mayUseStations} and {@code mayJoinWorkshops} say
 * what the member may do today, by the same rule as {@link MemberService#eligibility} (suspension, and a
 * minor's guardian consents for each activity).
 * <p>
 * A {@code visitor} is a member of a centre outside the caller's, found by their exact number for a visit. The
 * desk then sees only what the visit needs: number, name (to greet the person and check the card is theirs),
 * age band, whether a minor, and whether they may use a station or join a workshop today. The date of birth
 * and age are {@code null}, and consent, suspension and guardian stay with the member's own centre
 * ({@code consentValid} and {@code suspended} are {@code false}).
 */
public record MemberSummary(long id, String memberNumber, String givenNames, String surnames,
        LocalDate dateOfBirth, Integer age, AgeBand ageBand, long homeCentreId, boolean minor, boolean consentValid,
        boolean suspended, boolean mayUseStations, boolean mayJoinWorkshops, boolean visitor) {

    public String fullName() {
        return givenNames + " " + surnames;
    }
}
