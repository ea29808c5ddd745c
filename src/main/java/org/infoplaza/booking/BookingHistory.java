package org.infoplaza.booking;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.infoplaza.centre.CentreService;
import org.infoplaza.member.MemberActivity;
import org.infoplaza.member.MemberActivitySource;
import org.infoplaza.security.CurrentUser;
import org.infoplaza.station.StationService;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member's bookings and station sessions for their page, newest first: only those at centres in the
 * caller's scope (all centres for administrators), so an operator sees what happened at their centres.
 */
@Service
@Transactional(readOnly = true)
class BookingHistory implements MemberActivitySource {

    private static final int MAX_LIMIT = 200;
    private static final Set<Long> NO_IDS = Set.of(-1L);

    private final BookingRepository bookings;
    private final CentreService centres;
    private final StationService stations;
    private final CurrentUser currentUser;

    BookingHistory(BookingRepository bookings, CentreService centres, StationService stations,
            CurrentUser currentUser) {
        this.bookings = bookings;
        this.centres = centres;
        this.stations = stations;
        this.currentUser = currentUser;
    }

    @Override
    @PreAuthorize("hasAnyRole('ADMIN', 'OPERATOR')")
    public List<MemberActivity> activityOf(long memberId, int limit) {
        Set<Long> scope = currentUser.centreScope().orElse(null);
        List<Booking> found = bookings.findOfMember(memberId, scope == null,
                scope == null || scope.isEmpty() ? NO_IDS : scope,
                PageRequest.of(0, Math.clamp(limit, 1, MAX_LIMIT)));
        Map<Long, String> centreCodes = new HashMap<>();
        Map<Long, String> stationLabels = new HashMap<>();
        return found.stream().map(b -> new MemberActivity(b.getStartsAt(), b.getEndsAt(),
                centreCodes.computeIfAbsent(b.getCentreId(), id -> centres.get(id).code()),
                stationLabels.computeIfAbsent(b.getStationId(), id -> stations.get(id).label()),
                "booking.kind." + b.getKind().name(), "booking.status." + b.getStatus().name(),
                b.getPurpose() == null ? null : "booking.purpose." + b.getPurpose().name()))
                .toList();
    }
}
