package org.infoplaza.testing;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.infoplaza.centre.CentreData;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.centre.CentreRules;
import org.infoplaza.centre.CentreService;
import org.infoplaza.centre.OpeningPeriod;
import org.infoplaza.member.MemberRegistration;
import org.infoplaza.member.MemberRegistrations;
import org.infoplaza.member.MemberService;
import org.infoplaza.security.Role;
import org.infoplaza.security.StaffPrincipal;
import org.infoplaza.security.SystemAuthentication;
import org.infoplaza.station.StationData;
import org.infoplaza.station.StationDetails;
import org.infoplaza.station.StationFilter;
import org.infoplaza.station.StationKind;
import org.infoplaza.station.StationService;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The busy centres the benchmarks measure, made through the real services: a centre with its stations
 * ("PC-01", "PC-02", …), operator accounts, members as a front desk registers them, and the SQL that proves
 * afterwards that nobody and no station was booked twice.
 */
public final class BenchmarkCentres {

    private BenchmarkCentres() {
    }

    /** A centre named "Infoplaza {name} {code}" with these hours and rules and {@code stations} desktops. */
    public static CentreDetails centre(Fixtures fixtures, CentreService centres, StationService stations, String name,
            List<OpeningPeriod> hours, CentreRules rules, int stationCount) {
        CentreData d = fixtures.centreData(Fixtures.unique(name.substring(0, 3).toUpperCase(Locale.ROOT)));
        CentreDetails centre = SystemAuthentication.call(() -> centres.create(new CentreData(d.code(),
                "Infoplaza " + name + " " + d.code(), d.municipalityId(), d.corregimiento(), d.address(), d.phone(),
                d.email(), d.hostOrganisation(), d.hostKind(), rules, hours, d.openedOn(), 0)));
        for (int i = 1; i <= stationCount; i++) {
            String label = "PC-%02d".formatted(i);
            SystemAuthentication.call(() -> stations.create(centre.id(),
                    new StationData(label, StationKind.DESKTOP, null, null, null, 0)));
        }
        return centre;
    }

    public static List<OpeningPeriod> everyDay(LocalTime opens, LocalTime closes) {
        return Arrays.stream(DayOfWeek.values()).map(day -> new OpeningPeriod(day, opens, closes)).toList();
    }

    /** The centre's stations by label. */
    public static List<StationDetails> stations(StationService stations, long centreId) {
        return SystemAuthentication.call(() -> stations.page(centreId, new StationFilter("", null),
                PageRequest.of(0, 500, Sort.by("label"))).getContent());
    }

    /** Real operator accounts of the centre, one per desk. */
    public static List<StaffPrincipal> operators(Fixtures fixtures, long centreId, int count) {
        List<StaffPrincipal> operators = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            operators.add(fixtures.staff(Role.OPERATOR, centreId));
        }
        return operators;
    }

    /**
     * Members registered by one of the centre's operators: a third minors with their guardian's station
     * consent, half of the adults with an e-mail address; all may use stations.
     */
    public static List<Long> registerMembers(Fixtures fixtures, MemberService members, long centreId, int count) {
        SignedIn.as(fixtures.staff(Role.OPERATOR, centreId));
        try {
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                MemberRegistration member = i % 3 == 0
                        ? MemberRegistrations.aMember(centreId).minor().withStationConsent().build()
                        : MemberRegistrations.aMember(centreId).build();
                if (i % 3 == 1) {
                    member = withEmail(member, "socio" + i + "@example.org");
                }
                ids.add(members.register(member).id());
            }
            return ids;
        } finally {
            SignedIn.nobody();
        }
    }

    private static MemberRegistration withEmail(MemberRegistration r, String email) {
        return new MemberRegistration(r.givenNames(), r.surnames(), r.dateOfBirth(), r.sex(), r.idType(), r.idNumber(),
                r.phone(), email, r.preferredLanguage(), r.schoolStatus(), r.schoolGrade(), r.occupationStatus(),
                r.homeCentreId(), r.municipalityId(), r.corregimientoId(), r.community(), r.ethnicity(), r.disability(),
                r.guardian(), r.consents(), r.ignoreDuplicates());
    }

    /** Pairs of the centre's bookings that hold time on the same station at the same moment (must be none). */
    public static long stationOverlaps(JdbcTemplate jdbc, long centreId) {
        return jdbc.queryForObject("""
                SELECT COUNT(*) FROM booking a JOIN booking b
                  ON b.station_id = a.station_id AND b.id > a.id AND b.starts_at < a.ends_at AND a.starts_at < b.ends_at
                WHERE a.centre_id = ? AND a.status NOT IN ('CANCELLED', 'NO_SHOW')
                  AND b.status NOT IN ('CANCELLED', 'NO_SHOW')""", Long.class, centreId);
    }

    /** Pairs of the centre's bookings that hold time for the same member at the same moment (must be none). */
    public static long memberOverlaps(JdbcTemplate jdbc, long centreId) {
        return jdbc.queryForObject("""
                SELECT COUNT(*) FROM booking a JOIN booking b
                  ON b.member_id = a.member_id AND b.id > a.id AND b.starts_at < a.ends_at AND a.starts_at < b.ends_at
                WHERE a.centre_id = ? AND a.status NOT IN ('CANCELLED', 'NO_SHOW')
                  AND b.status NOT IN ('CANCELLED', 'NO_SHOW')""", Long.class, centreId);
    }

    /**
     * Slot rows of the centre's bookings that lie outside their booking's station, member or time (must be
     * none). A session that starts now, between two 5-minute marks, holds the slot it started in.
     */
    public static long straySlots(JdbcTemplate jdbc, long centreId) {
        return jdbc.queryForObject("""
                SELECT COUNT(*) FROM booking_slot bs JOIN booking b ON b.id = bs.booking_id
                WHERE b.centre_id = ? AND (bs.station_id <> b.station_id
                      OR bs.slot_start <= b.starts_at - INTERVAL 5 MINUTE OR bs.slot_start >= b.ends_at)""",
                Long.class, centreId)
                + jdbc.queryForObject("""
                SELECT COUNT(*) FROM member_slot ms JOIN booking b ON b.id = ms.booking_id
                WHERE b.centre_id = ? AND (ms.member_id <> b.member_id
                      OR ms.slot_start <= b.starts_at - INTERVAL 5 MINUTE OR ms.slot_start >= b.ends_at)""",
                Long.class, centreId);
    }
}
