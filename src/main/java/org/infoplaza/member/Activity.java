package org.infoplaza.member;

/**
 * What a member asks to do, for {@link MemberService#eligibility}: each activity needs its own consent
 * purpose for a minor, on top of the consent to process their data at all.
 */
public enum Activity {
    STATION_USE(ConsentPurpose.STATION_USE),
    WORKSHOPS(ConsentPurpose.WORKSHOPS);

    private final ConsentPurpose purpose;

    Activity(ConsentPurpose purpose) {
        this.purpose = purpose;
    }

    public ConsentPurpose purpose() {
        return purpose;
    }
}
