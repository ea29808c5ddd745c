package org.infoplaza;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.centre.CentreService;
import org.infoplaza.member.MemberRegistrations;
import org.infoplaza.member.MemberService;
import org.infoplaza.security.Role;
import org.infoplaza.security.StaffPrincipal;
import org.infoplaza.security.SystemAuthentication;
import org.infoplaza.testing.Fixtures;
import org.infoplaza.testing.IntegrationTest;
import org.infoplaza.testing.SignedIn;
import org.infoplaza.workshop.CohortDetails;
import org.infoplaza.workshop.CohortService;
import org.infoplaza.workshop.CourseService;
import org.infoplaza.workshop.WorkshopDesk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every view against every role: which page each one actually lands on. A refused signed-in user sees the
 * access-denied page; someone not signed in is sent to the login page. Add a row for every new route.
 */
@IntegrationTest
class AuthorizationMatrixTest extends SpringBrowserlessTest {

    private static final String DENIED = "AccessDeniedView";
    private static final String LOGIN = "LoginView";
    /** A route with a parameter is opened for a member of the centre the case's staff member works at. */
    private static final String MEMBER_PAGE = "members/:memberId([0-9]{1,18})";
    /** A cohort's page is opened for a cohort at the case's centre run by the case's staff member. */
    private static final String COHORT_PAGE = "workshops/:cohortId([0-9]{1,18})";
    /** The public queue screen is opened for the case's centre. */
    private static final String QUEUE_DISPLAY = "cola/:centreCode";
    /** The attendance sheet is opened for a session of a cohort at the case's centre that the case's staff may reach. */
    private static final String ATTENDANCE_SHEET = "attendance/:sessionId([0-9]{1,18})";
    /** The questionnaire of a session and the results of a cohort run by the case's facilitator (or another). */
    private static final String QUESTIONNAIRE = "questionnaire/:sessionId([0-9]{1,18})/:phase(PRE|POST)";
    private static final String QUESTIONNAIRE_RESULTS = "workshops/:cohortId([0-9]{1,18})/questionnaire";
    /** A cohort's certificates are opened for a cohort the case's facilitator runs (at the case's centre). */
    private static final String COHORT_CERTIFICATES = "workshops/:cohortId([0-9]{1,18})/certificates";
    /** The public certificate verification, with or without a code: no sign-in, for everyone. */
    private static final String CERTIFICATE_VERIFICATION = "verificar/:code?";
    /** Routes opened for a cohort (or one of its sessions) at a centre where workshops can meet. */
    private static final Set<String> WORKSHOP_ROUTES = Set.of(COHORT_PAGE, COHORT_CERTIFICATES, ATTENDANCE_SHEET,
            QUESTIONNAIRE, QUESTIONNAIRE_RESULTS);

    /** route → view shown for ADMIN, OPERATOR, FACILITATOR, SECRETARIAT, and nobody signed in. */
    private static final Map<String, String[]> MATRIX = new LinkedHashMap<>();

    static {
        MATRIX.put("", new String[] {"HomeView", "HomeView", "HomeView", "HomeView", LOGIN});
        MATRIX.put("members", new String[] {"MembersView", "MembersView", DENIED, DENIED, LOGIN});
        MATRIX.put(MEMBER_PAGE, new String[] {"MemberView", "MemberView", DENIED, DENIED, LOGIN});
        MATRIX.put("board", new String[] {"DayBoardView", "DayBoardView", DENIED, DENIED, LOGIN});
        MATRIX.put("stations", new String[] {"StationsView", "StationsView", DENIED, DENIED, LOGIN});
        MATRIX.put("centres", new String[] {"CentresView", DENIED, DENIED, "CentresView", LOGIN});
        MATRIX.put("staff", new String[] {"StaffView", DENIED, DENIED, DENIED, LOGIN});
        MATRIX.put("staff/failed-sign-ins", new String[] {"SignInFailuresView", DENIED, DENIED, DENIED, LOGIN});
        MATRIX.put("account", new String[] {"AccountView", "AccountView", "AccountView", "AccountView", LOGIN});
        MATRIX.put("audit", new String[] {"AuditView", DENIED, DENIED, DENIED, LOGIN});
        MATRIX.put("system", new String[] {"SystemView", DENIED, DENIED, DENIED, LOGIN});
        MATRIX.put("indicators", new String[] {"IndicatorsView", DENIED, DENIED, "IndicatorsView", LOGIN});
        MATRIX.put("transparencia", new String[] {"TransparencyView", "TransparencyView", "TransparencyView",
                "TransparencyView", "TransparencyView"});
        MATRIX.put("mi-centro/mes", new String[] {"CentreMonthView", "CentreMonthView", DENIED, DENIED, LOGIN});
        MATRIX.put("reportes-mensuales", new String[] {"MonthReportsView", DENIED, DENIED, "MonthReportsView", LOGIN});
        MATRIX.put("courses", new String[] {"CoursesView", "CoursesView", "CoursesView", "CoursesView", LOGIN});
        MATRIX.put("workshops", new String[] {"CohortsView", "CohortsView", "CohortsView", DENIED, LOGIN});
        MATRIX.put("workshops/new", new String[] {"NewCohortView", "NewCohortView", "NewCohortView", DENIED, LOGIN});
        MATRIX.put(COHORT_PAGE, new String[] {"CohortView", "CohortView", "CohortView", DENIED, LOGIN});
        MATRIX.put("login", new String[] {LOGIN, LOGIN, LOGIN, LOGIN, LOGIN});
        MATRIX.put("workshops/today", new String[] {"TodaySessionsView", "TodaySessionsView", "TodaySessionsView",
                DENIED, LOGIN});
        MATRIX.put(ATTENDANCE_SHEET, new String[] {"AttendanceView", "AttendanceView", "AttendanceView", DENIED,
                LOGIN});
        MATRIX.put(QUEUE_DISPLAY, new String[] {"QueueDisplayView", "QueueDisplayView", "QueueDisplayView",
                "QueueDisplayView", "QueueDisplayView"});
        MATRIX.put(QUESTIONNAIRE, new String[] {"QuestionnaireView", "QuestionnaireView", "QuestionnaireView", DENIED,
                LOGIN});
        MATRIX.put(QUESTIONNAIRE_RESULTS, new String[] {"QuestionnaireResultsView", "QuestionnaireResultsView",
                "QuestionnaireResultsView", DENIED, LOGIN});
        MATRIX.put(COHORT_CERTIFICATES, new String[] {"CertificatesView", "CertificatesView", "CertificatesView",
                DENIED, LOGIN});
        MATRIX.put(CERTIFICATE_VERIFICATION, new String[] {"VerificationView", "VerificationView",
                "VerificationView", "VerificationView", "VerificationView"});
        MATRIX.put("api-tokens", new String[] {"ApiTokensView", DENIED, DENIED, DENIED, LOGIN});
        MATRIX.put("indicators/rebuild", new String[] {"RebuildView", DENIED, DENIED, DENIED, LOGIN});
        MATRIX.put("indicators/releases", new String[] {"ReleasesView", DENIED, DENIED, "ReleasesView", LOGIN});
    }

    @Autowired
    Fixtures fixtures;

    @Autowired
    MemberService members;

    @Autowired
    CentreService centres;

    @Autowired
    CourseService courses;

    @Autowired
    CohortService cohorts;

    static Stream<Arguments> cases() {
        Role[] roles = {Role.ADMIN, Role.OPERATOR, Role.FACILITATOR, Role.SECRETARIAT, null};
        return MATRIX.entrySet().stream().flatMap(row -> Stream.of(0, 1, 2, 3, 4)
                .map(i -> Arguments.of(row.getKey(), roles[i], row.getValue()[i])));
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void every_route_of_the_application_has_a_row() {
        List<String> routes = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .map(RouteData::getTemplate).toList();
        assertThat(routes).isNotEmpty().allSatisfy(route -> assertThat(MATRIX).as("row for /%s", route).containsKey(route));
    }

    @ParameterizedTest(name = "/{0} as {1} shows {2}")
    @MethodSource("cases")
    void each_role_reaches_exactly_the_views_it_may_open(String route, Role role, String expectedView) {
        boolean workshop = WORKSHOP_ROUTES.contains(route);
        CentreDetails centre = workshop ? WorkshopDesk.centre(fixtures, centres) : fixtures.centre();
        StaffPrincipal staff = role == null ? null : fixtures.staff(role, centre.id());
        String location = route;
        if (workshop) {
            location = workshopLocation(route, centre, role == Role.FACILITATOR ? staff : null);
        }
        if (route.equals(MEMBER_PAGE)) {
            long memberId = SystemAuthentication.call(() -> members.register(
                    MemberRegistrations.aMember(centre.id()).minor().withConsent().build())).id();
            location = "members/" + memberId;
        }
        if (route.equals(QUEUE_DISPLAY)) {
            location = "cola/" + centre.code();
        }
        if (route.equals(CERTIFICATE_VERIFICATION)) {
            location = "verificar/ABCD-EFGH-JKLM";
        }
        if (staff != null) {
            SignedIn.as(staff);
        }
        UI.getCurrent().navigate(location);
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo(expectedView);
    }

    /**
     * A cohort of the centre run by the case's facilitator (or by another one), and the page of the route for
     * it or for its first session.
     */
    private String workshopLocation(String route, CentreDetails centre, StaffPrincipal facilitator) {
        long facilitatorId = facilitator != null ? facilitator.id() : fixtures.staff(Role.FACILITATOR, centre.id()).id();
        CohortDetails cohort = SystemAuthentication.call(() -> WorkshopDesk.cohort(cohorts,
                WorkshopDesk.cohortData(WorkshopDesk.course(courses).id(), centre.id(), 10, facilitatorId),
                WorkshopDesk.tuesdaysAndThursdays(1)));
        long sessionId = cohort.sessions().getFirst().id();
        return switch (route) {
            case COHORT_PAGE -> "workshops/" + cohort.id();
            case COHORT_CERTIFICATES -> "workshops/" + cohort.id() + "/certificates";
            case ATTENDANCE_SHEET -> "attendance/" + sessionId;
            case QUESTIONNAIRE -> "questionnaire/" + sessionId + "/PRE";
            case QUESTIONNAIRE_RESULTS -> "workshops/" + cohort.id() + "/questionnaire";
            default -> throw new IllegalArgumentException(route);
        };
    }
}
