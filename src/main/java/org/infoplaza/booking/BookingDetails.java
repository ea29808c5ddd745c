package org.infoplaza.booking;

import java.time.LocalDateTime;

/**
 * One booking or session as the desk and the day board see it. It carries ids, not names, so a list of a
 * day holds no personal data of minors; a view asks the member module for what it may show.
 * {@code conflictReason} is the reason of a closure added after the booking was made, until the operator
 * cancels it or keeps it ({@link BookingService#keepDespiteConflict}).
 */
public record BookingDetails(long id, long version, long centreId, long stationId, Long memberId, BookingKind kind,
        BookingStatus status, LocalDateTime startsAt, LocalDateTime endsAt, LocalDateTime checkedInAt,
        LocalDateTime checkedOutAt, VisitPurpose purpose, String conflictReason) {

    /** Still booked and in conflict with a closure: the operator must cancel it or keep it. */
    public boolean conflicted() {
        return conflictReason != null && status == BookingStatus.BOOKED;
    }
}
