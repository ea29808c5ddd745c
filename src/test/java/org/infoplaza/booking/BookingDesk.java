package org.infoplaza.booking;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.infoplaza.centre.CentreData;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.centre.CentreRules;
import org.infoplaza.centre.CentreService;
import org.infoplaza.member.ConsentChannel;
import org.infoplaza.member.ConsentData;
import org.infoplaza.member.ConsentParty;
import org.infoplaza.member.ConsentPurpose;
import org.infoplaza.member.MemberRegistration;
import org.infoplaza.member.MemberRegistrations;
import org.infoplaza.member.MemberService;
import org.infoplaza.security.SystemAuthentication;
import org.infoplaza.shared.PanamaTime;
import org.infoplaza.station.StationData;
import org.infoplaza.station.StationDetails;
import org.infoplaza.station.StationKind;
import org.infoplaza.station.StationService;
import org.infoplaza.testing.Fixtures;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Test setup for station scheduling: a centre open on Mondays 08:00–12:00 and 13:00–17:00 (the fixture
 * hours), its stations and members, registered through the real services, and the slot rows the
 * database holds for the centre.
 */
final class BookingDesk {

    /** The first Monday after today, so every date is in the future and consents granted today are valid. */
    static LocalDate monday() {
        return LocalDate.now(PanamaTime.ZONE).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    }

    static LocalDateTime mondayAt(int hour, int minute) {
        return monday().atTime(LocalTime.of(hour, minute));
    }

    static CentreDetails centre(Fixtures fixtures, CentreService centres, CentreRules rules) {
        CentreData d = fixtures.centreData(Fixtures.unique("T"));
        return SystemAuthentication.call(() -> centres.create(new CentreData(d.code(), d.name(), d.municipalityId(),
                d.corregimiento(), d.address(), d.phone(), d.email(), d.hostOrganisation(), d.hostKind(), rules,
                d.openingHours(), d.openedOn(), 0)));
    }

    static StationDetails station(StationService stations, long centreId, String label, Integer minAge, Integer maxAge) {
        return SystemAuthentication.call(() -> stations.create(centreId,
                new StationData(label, StationKind.DESKTOP, minAge, maxAge, null, 0)));
    }

    static long adult(MemberService members, long centreId) {
        return members.register(MemberRegistrations.aMember(centreId).build()).id();
    }

    /** A minor with the guardian's consent to data processing only, not to station use. */
    static long minorWithoutStationConsent(MemberService members, long centreId) {
        return members.register(MemberRegistrations.aMember(centreId).minor().withConsent().build()).id();
    }

    /** A minor with the guardian's consent to data processing and to station use. */
    static long minorWithStationConsent(MemberService members, long centreId) {
        return members.register(MemberRegistrations.aMember(centreId).minor().withStationConsent().build()).id();
    }

    /** Station slot rows held at the centre. */
    static long stationSlots(JdbcTemplate jdbc, long centreId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM booking_slot bs JOIN station s ON s.id = bs.station_id"
                + " WHERE s.centre_id = ?", Long.class, centreId);
    }

    /** Member slot rows held by bookings at the centre. */
    static long memberSlots(JdbcTemplate jdbc, long centreId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM member_slot ms JOIN booking b ON b.id = ms.booking_id"
                + " WHERE b.centre_id = ?", Long.class, centreId);
    }

    static long bookingRows(JdbcTemplate jdbc, long centreId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM booking WHERE centre_id = ?", Long.class, centreId);
    }

    private BookingDesk() {
    }
}
