package org.infoplaza.reporting;

import java.util.List;
import org.infoplaza.booking.BookingDetails;
import org.infoplaza.booking.BookingService;
import org.infoplaza.booking.VisitPurpose;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.centre.CentreService;
import org.infoplaza.member.MemberRegistrations;
import org.infoplaza.member.MemberService;
import org.infoplaza.member.Sex;
import org.infoplaza.security.Role;
import org.infoplaza.security.SystemAuthentication;
import org.infoplaza.station.StationData;
import org.infoplaza.station.StationKind;
import org.infoplaza.station.StationService;
import org.infoplaza.testing.Fixtures;
import org.infoplaza.testing.SignedIn;
import org.infoplaza.testing.TestClock;
import org.infoplaza.workshop.WorkshopDesk;
import org.springframework.boot.test.context.TestComponent;

/**
 * Station use for the reporting tests, made at the desk through the real services so the rollups count it
 * as they would: a centre where some people, one per station, walked in on the coming Monday at 09:00 and
 * were checked out at 09:30. The clock is left standing at 09:30 and nobody is signed in afterwards.
 */
@TestComponent
public class StationUseDesk {

    private final Fixtures fixtures;
    private final CentreService centres;
    private final StationService stations;
    private final MemberService members;
    private final BookingService bookings;
    private final TestClock clock;

    StationUseDesk(Fixtures fixtures, CentreService centres, StationService stations, MemberService members,
            BookingService bookings, TestClock clock) {
        this.fixtures = fixtures;
        this.centres = centres;
        this.stations = stations;
        this.members = members;
        this.bookings = bookings;
        this.clock = clock;
    }

    /** In the fixtures' usual municipality. */
    public CentreDetails morningOfWalkIns(List<Sex> people) {
        return morningOfWalkIns(fixtures.centreData("X").municipalityId(), people);
    }

    /** In a given municipality, so that a report of it shows only this centre's use. */
    public CentreDetails morningOfWalkIns(long municipalityId, List<Sex> people) {
        clock.standAt(WorkshopDesk.mondayAt(9, 0));
        CentreDetails centre = WorkshopDesk.centre(fixtures, centres, municipalityId);
        for (int i = 1; i <= people.size(); i++) {
            String label = "PC-%02d".formatted(i);
            SystemAuthentication.run(() -> stations.create(centre.id(),
                    new StationData(label, StationKind.DESKTOP, null, null, null, 0)));
        }
        SignedIn.as(fixtures.staff(Role.OPERATOR, centre.id()));
        List<BookingDetails> sessions = people.stream().map(sex -> bookings.startWalkIn(members.register(
                MemberRegistrations.aMember(centre.id()).sex(sex).build()).id(), centre.id(), VisitPurpose.EDUCATION))
                .toList();
        clock.standAt(WorkshopDesk.mondayAt(9, 30));
        sessions.forEach(session -> bookings.checkOut(session.id()));
        SignedIn.nobody();
        return centre;
    }
}
