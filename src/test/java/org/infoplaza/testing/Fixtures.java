package org.infoplaza.testing;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.infoplaza.centre.CentreData;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.centre.CentreRules;
import org.infoplaza.centre.CentreService;
import org.infoplaza.centre.HostKind;
import org.infoplaza.centre.OpeningPeriod;
import org.infoplaza.security.Role;
import org.infoplaza.security.StaffPrincipal;
import org.infoplaza.security.SystemAuthentication;
import org.infoplaza.staff.StaffData;
import org.infoplaza.staff.StaffDetails;
import org.infoplaza.staff.StaffService;
import org.infoplaza.station.StationData;
import org.infoplaza.station.StationDetails;
import org.infoplaza.station.StationKind;
import org.infoplaza.station.StationService;
import org.springframework.boot.test.context.TestComponent;

/**
 * Creates test data through the real services (so it obeys every rule), with unique codes so tests that
 * share one database never collide.
 */
@TestComponent
public class Fixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final CentreService centres;
    private final StationService stations;
    private final StaffService staff;

    Fixtures(CentreService centres, StationService stations, StaffService staff) {
        this.centres = centres;
        this.stations = stations;
        this.staff = staff;
    }

    /** The password of every account {@link #staff} creates. */
    public static final String STAFF_PASSWORD = "test-password-123";

    /** A real staff account with this role (working at {@code centreId} when the role needs centres). */
    public StaffPrincipal staff(Role role, long centreId) {
        String username = unique("u").toLowerCase();
        Set<Long> assigned = role.seesAllCentres() ? Set.of() : Set.of(centreId);
        StaffDetails account = SystemAuthentication.call(() -> staff.create(
                new StaffData(username, "Test " + role, null, "es", role, assigned, true, 0), STAFF_PASSWORD));
        return new StaffPrincipal(account.id(), account.username(), account.displayName(), account.role(),
                account.centreIds(), account.preferredLanguage(), null, true, false);
    }

    public static String unique(String prefix) {
        return prefix + "-" + (System.nanoTime() % 100_000) + SEQUENCE.incrementAndGet();
    }

    public CentreDetails centre() {
        return SystemAuthentication.call(() -> centres.create(centreData(unique("T"))));
    }

    public StationDetails station(long centreId) {
        return station(centreId, unique("PC"));
    }

    public StationDetails station(long centreId, String label) {
        return SystemAuthentication.call(() -> stations.create(centreId,
                new StationData(label, StationKind.DESKTOP, null, null, null, 0)));
    }

    /**
     * When the test centres opened: before any month a test reports on, so that back-dated sessions count (a
     * centre counts only in the months it was open).
     */
    public static final LocalDate OPENED = LocalDate.of(2000, 1, 1);

    public CentreData centreData(String code) {
        long municipalityId = SystemAuthentication.call(() -> centres.municipalities().getFirst().id());
        return new CentreData(code, "Infoplaza " + code, municipalityId, "Centro", null, null, null, null,
                HostKind.JUNTA_COMUNAL, CentreRules.defaults(),
                List.of(new OpeningPeriod(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(12, 0)),
                        new OpeningPeriod(DayOfWeek.MONDAY, LocalTime.of(13, 0), LocalTime.of(17, 0))), OPENED, 0);
    }
}
