package org.infoplaza.member;

/**
 * A request for one member's records from a {@link PersonalDataContributor}. Only the member export
 * ({@link MemberPrivacy}) makes one, after it has checked that the caller may export this member (role, home
 * centre, not anonymised); a contributor therefore answers with the member's records at every centre, and code
 * elsewhere cannot ask a contributor for anyone's records without going through that check.
 */
public final class PersonalDataRequest {

    private final long memberId;

    PersonalDataRequest(long memberId) {
        this.memberId = memberId;
    }

    public long memberId() {
        return memberId;
    }
}
