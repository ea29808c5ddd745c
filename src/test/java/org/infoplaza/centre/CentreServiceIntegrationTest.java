package org.infoplaza.centre;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.infoplaza.security.Role;
import org.infoplaza.shared.ConcurrentEditException;
import org.infoplaza.shared.DomainException;
import org.infoplaza.shared.NotFoundException;
import org.infoplaza.shared.PanamaTime;
import org.infoplaza.testing.Fixtures;
import org.infoplaza.testing.IntegrationTest;
import org.infoplaza.testing.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class CentreServiceIntegrationTest {

    @Autowired
    CentreService centres;

    @Autowired
    Fixtures fixtures;

    @Autowired
    java.time.Clock clock;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void a_new_centre_reads_back_with_its_split_shifts_in_weekly_order() {
        SignedIn.as(Role.ADMIN);
        CentreData data = withHours(fixtures.centreData(Fixtures.unique("NEW")), List.of(
                period(TUESDAY, "13:00", "17:00"),
                period(MONDAY, "13:00", "17:00"),
                period(MONDAY, "08:00", "12:00")));

        CentreDetails created = centres.create(data);
        CentreDetails read = centres.get(created.id());

        assertThat(read.code()).isEqualTo(data.code());
        assertThat(read.active()).isTrue();
        assertThat(read.rules()).isEqualTo(CentreRules.defaults());
        assertThat(read.openingHours()).containsExactly(
                period(MONDAY, "08:00", "12:00"),
                period(MONDAY, "13:00", "17:00"),
                period(TUESDAY, "13:00", "17:00"));
        assertThat(read.isOpenAt(MONDAY, LocalTime.of(12, 30))).isFalse();
        assertThat(read.isOpenAt(MONDAY, LocalTime.of(13, 0))).isTrue();
    }

    @Test
    void a_new_centre_opens_the_day_it_is_created_unless_another_day_is_given_and_an_edit_keeps_it() {
        SignedIn.as(Role.ADMIN);
        CentreData base = fixtures.centreData(Fixtures.unique("OPN"));
        CentreData undated = new CentreData(base.code(), base.name(), base.municipalityId(), null, null, null, null,
                null, base.hostKind(), base.rules(), base.openingHours(), null, 0);

        CentreDetails created = centres.create(undated);
        assertThat(created.openedOn()).isEqualTo(LocalDate.now(clock));

        CentreData earlier = created.toData();
        CentreDetails moved = centres.update(created.id(), new CentreData(earlier.code(), earlier.name(),
                earlier.municipalityId(), null, null, null, null, null, earlier.hostKind(), earlier.rules(),
                earlier.openingHours(), LocalDate.of(2024, 3, 1), earlier.version()));
        assertThat(moved.openedOn()).isEqualTo(LocalDate.of(2024, 3, 1));

        CentreData again = moved.toData();
        CentreDetails renamed = centres.update(created.id(), new CentreData(again.code(), "Otro nombre",
                again.municipalityId(), null, null, null, null, null, again.hostKind(), again.rules(),
                again.openingHours(), null, again.version()));
        assertThat(renamed.openedOn()).as("a form without the date keeps it").isEqualTo(LocalDate.of(2024, 3, 1));
    }

    @Test
    void a_code_already_in_use_is_refused() {
        CentreDetails existing = fixtures.centre();
        SignedIn.as(Role.ADMIN);

        assertThatThrownBy(() -> centres.create(fixtures.centreData(existing.code())))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("centre.code.taken");
                    assertThat(e.arguments()).containsExactly(existing.code());
                });
    }

    @Test
    void the_second_of_two_admins_saving_the_same_centre_is_refused_and_the_first_change_kept() {
        CentreDetails loadedByBoth = fixtures.centre();
        SignedIn.as(Role.ADMIN);
        CentreData first = withName(loadedByBoth.toData(), "Infoplaza primera versión");
        CentreData second = withName(loadedByBoth.toData(), "Infoplaza segunda versión");

        centres.update(loadedByBoth.id(), first);

        assertThatThrownBy(() -> centres.update(loadedByBoth.id(), second))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(centres.get(loadedByBoth.id()).name()).isEqualTo("Infoplaza primera versión");
    }

    @Test
    void deactivating_with_a_stale_version_is_refused() {
        CentreDetails loaded = fixtures.centre();
        SignedIn.as(Role.ADMIN);
        centres.update(loaded.id(), withName(loaded.toData(), "Infoplaza renombrada"));

        assertThatThrownBy(() -> centres.setActive(loaded.id(), loaded.version(), false))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(centres.get(loaded.id()).active()).isTrue();
    }

    @Test
    void an_operator_sees_only_the_centres_assigned_to_them() {
        CentreDetails centreA = fixtures.centre();
        CentreDetails centreB = fixtures.centre();
        SignedIn.as(Role.OPERATOR, centreA.id());

        assertThat(centres.get(centreA.id()).code()).isEqualTo(centreA.code());
        assertThatThrownBy(() -> centres.get(centreB.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> centres.upcomingClosures(centreB.id())).isInstanceOf(NotFoundException.class);
        assertThat(centres.accessibleCentres()).extracting(CentreOption::id).containsExactly(centreA.id());
        assertThat(centres.page(CentreFilter.none(), PageRequest.of(0, 50)))
                .extracting(CentreSummary::id).containsExactly(centreA.id());
    }

    @Test
    void the_secretariat_reads_every_centre_but_cannot_create_or_change_one() {
        CentreDetails centre = fixtures.centre();
        SignedIn.as(Role.SECRETARIAT);

        assertThat(centres.get(centre.id()).code()).isEqualTo(centre.code());
        assertThatThrownBy(() -> centres.create(fixtures.centreData(Fixtures.unique("SEC"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> centres.setActive(centre.id(), centre.version(), false))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> centres.addClosure(centre.id(), closure(today(), today(), "Feriado")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void closures_are_listed_soonest_first_from_today_on_and_can_be_removed() {
        CentreDetails centre = fixtures.centre();
        SignedIn.as(Role.ADMIN);
        LocalDate today = today();
        ClosureDetails later = centres.addClosure(centre.id(), closure(today.plusDays(20), today.plusDays(21), "Inventario"));
        ClosureDetails sooner = centres.addClosure(centre.id(),
                new ClosureData(today.plusDays(3), today.plusDays(3), ClosureKind.HOLIDAY, "  Día de la Madre "));
        ClosureDetails endingToday = centres.addClosure(centre.id(), closure(today.minusDays(2), today, "Corte de luz"));
        centres.addClosure(centre.id(), closure(today.minusDays(9), today.minusDays(8), "Ya pasó"));

        assertThat(centres.upcomingClosures(centre.id())).containsExactly(endingToday, sooner, later);
        assertThat(sooner.reason()).isEqualTo("Día de la Madre");
        assertThat(endingToday.covers(today)).isTrue();

        centres.removeClosure(centre.id(), sooner.id());

        assertThat(centres.upcomingClosures(centre.id())).containsExactly(endingToday, later);
    }

    @Test
    void a_closure_is_removed_only_through_its_own_centre() {
        CentreDetails centre = fixtures.centre();
        CentreDetails other = fixtures.centre();
        SignedIn.as(Role.ADMIN);
        ClosureDetails closure = centres.addClosure(centre.id(), closure(today(), today(), "Feriado"));

        assertThatThrownBy(() -> centres.removeClosure(other.id(), closure.id())).isInstanceOf(NotFoundException.class);
        assertThat(centres.upcomingClosures(centre.id())).containsExactly(closure);
    }

    @Test
    void a_closure_ending_before_it_starts_is_refused() {
        CentreDetails centre = fixtures.centre();
        SignedIn.as(Role.ADMIN);

        assertThatThrownBy(() -> centres.addClosure(centre.id(), closure(today().plusDays(5), today().plusDays(4), "Feria")))
                .isInstanceOfSatisfying(ConstraintViolationException.class, e -> assertThat(e.getConstraintViolations())
                        .extracting(ConstraintViolation::getMessageTemplate).containsExactly("{closure.order}"));
        assertThat(centres.upcomingClosures(centre.id())).isEmpty();
    }

    @Test
    void a_deactivated_centre_leaves_the_selectors_but_stays_in_the_full_list() {
        CentreDetails centre = fixtures.centre();
        SignedIn.as(Role.ADMIN);
        assertThat(centres.accessibleCentres()).extracting(CentreOption::id).contains(centre.id());

        CentreDetails inactive = centres.setActive(centre.id(), centre.version(), false);

        assertThat(inactive.active()).isFalse();
        assertThat(centres.accessibleCentres()).extracting(CentreOption::id).doesNotContain(centre.id());
        assertThat(centres.page(new CentreFilter(centre.code(), false), PageRequest.of(0, 10))).isEmpty();
        assertThat(centres.page(new CentreFilter(centre.code(), true), PageRequest.of(0, 10)))
                .extracting(CentreSummary::id, CentreSummary::active).containsExactly(tuple(centre.id(), false));
    }

    @Test
    void overlapping_hours_are_refused_and_the_timetable_is_unchanged() {
        CentreDetails centre = fixtures.centre();
        SignedIn.as(Role.ADMIN);
        CentreData overlapping = withHours(centre.toData(), List.of(
                period(MONDAY, "08:00", "12:00"), period(MONDAY, "11:00", "15:00")));

        assertThatThrownBy(() -> centres.update(centre.id(), overlapping))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("centre.hours.overlap"));
        assertThat(centres.get(centre.id()).openingHours()).isEqualTo(centre.openingHours());
    }

    @Test
    void a_period_without_times_is_refused_as_invalid_input() {
        SignedIn.as(Role.ADMIN);
        CentreData data = withHours(fixtures.centreData(Fixtures.unique("NUL")),
                List.of(new OpeningPeriod(MONDAY, null, LocalTime.of(12, 0))));

        assertThatThrownBy(() -> centres.create(data))
                .isInstanceOfSatisfying(ConstraintViolationException.class, e -> assertThat(e.getConstraintViolations())
                        .extracting(ConstraintViolation::getMessageTemplate).containsOnly("{centre.hours.incomplete}"));
        assertThat(centres.page(new CentreFilter(data.code(), true), PageRequest.of(0, 10))).isEmpty();
    }

    @Test
    void rules_outside_their_ranges_are_refused_as_invalid_input() {
        SignedIn.as(Role.ADMIN);
        CentreData base = fixtures.centreData(Fixtures.unique("RUL"));
        CentreData data = new CentreData(base.code(), base.name(), base.municipalityId(), null, null, null, null, null,
                base.hostKind(), new CentreRules(0, 120, 61, 14), base.openingHours(), base.openedOn(), 0);

        assertThatThrownBy(() -> centres.create(data))
                .isInstanceOfSatisfying(ConstraintViolationException.class, e -> assertThat(e.getConstraintViolations())
                        .extracting(ConstraintViolation::getMessageTemplate)
                        .containsOnly("{centre.rules.session.range}", "{centre.rules.grace.range}"));
    }

    @Test
    void the_list_can_be_sorted_by_municipality_and_filtered_by_text() {
        CentreDetails centre = fixtures.centre();
        SignedIn.as(Role.ADMIN);

        assertThat(centres.page(new CentreFilter(" " + centre.code().toLowerCase() + " ", false),
                PageRequest.of(0, 10, Sort.by("municipality.name", "name"))))
                .extracting(CentreSummary::code, CentreSummary::municipalityName)
                .containsExactly(tuple(centre.code(), centre.municipalityName()));
    }

    private static LocalDate today() {
        return LocalDate.now(PanamaTime.ZONE);
    }

    private static ClosureData closure(LocalDate firstDay, LocalDate lastDay, String reason) {
        return new ClosureData(firstDay, lastDay, ClosureKind.ONE_OFF, reason);
    }

    private static OpeningPeriod period(DayOfWeek day, String opensAt, String closesAt) {
        return new OpeningPeriod(day, LocalTime.parse(opensAt), LocalTime.parse(closesAt));
    }

    private static CentreData withHours(CentreData data, List<OpeningPeriod> hours) {
        return new CentreData(data.code(), data.name(), data.municipalityId(), data.corregimiento(), data.address(),
                data.phone(), data.email(), data.hostOrganisation(), data.hostKind(), data.rules(), hours,
                data.openedOn(), data.version());
    }

    private static CentreData withName(CentreData data, String name) {
        return new CentreData(data.code(), name, data.municipalityId(), data.corregimiento(), data.address(),
                data.phone(), data.email(), data.hostOrganisation(), data.hostKind(), data.rules(),
                data.openingHours(), data.openedOn(), data.version());
    }
}
