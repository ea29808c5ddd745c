package org.infoplaza.station;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.security.Role;
import org.infoplaza.shared.ConcurrentEditException;
import org.infoplaza.shared.DomainException;
import org.infoplaza.shared.NotFoundException;
import org.infoplaza.testing.Fixtures;
import org.infoplaza.testing.IntegrationTest;
import org.infoplaza.testing.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class StationServiceIntegrationTest {

    @Autowired
    StationService stations;

    @Autowired
    Fixtures fixtures;

    CentreDetails centreA;
    CentreDetails centreB;

    @BeforeEach
    void setUp() {
        centreA = fixtures.centre();
        centreB = fixtures.centre();
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void operator_of_one_centre_can_neither_read_nor_change_another_centres_stations() {
        StationDetails stationOfB = fixtures.station(centreB.id());
        SignedIn.as(Role.OPERATOR, centreA.id());

        assertThatThrownBy(() -> stations.page(centreB.id(), StationFilter.none(), Pageable.ofSize(10)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> stations.get(stationOfB.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> stations.takeOutOfService(stationOfB.id(), stationOfB.version(), "Roto"))
                .isInstanceOf(NotFoundException.class);

        SignedIn.as(Role.ADMIN);
        assertThat(stations.get(stationOfB.id()).inService()).isTrue();
    }

    @Test
    void operator_takes_a_station_of_their_centre_out_of_service_and_back() {
        StationDetails station = fixtures.station(centreA.id());
        SignedIn.as(Role.OPERATOR, centreA.id());

        StationDetails out = stations.takeOutOfService(station.id(), station.version(), "  Teclado dañado ");
        assertThat(out.status()).isEqualTo(StationStatus.OUT_OF_SERVICE);
        assertThat(out.outOfServiceReason()).isEqualTo("Teclado dañado");
        assertThat(out.outOfServiceSince()).isNotNull();

        StationDetails back = stations.returnToService(out.id(), out.version());
        assertThat(back.inService()).isTrue();
        assertThat(back.outOfServiceReason()).isNull();
    }

    @Test
    void operators_cannot_add_stations() {
        SignedIn.as(Role.OPERATOR, centreA.id());
        assertThatThrownBy(() -> stations.create(centreA.id(),
                new StationData("PC-99", StationKind.DESKTOP, null, null, null, 0)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_label_is_unique_within_a_centre_but_may_repeat_in_another() {
        fixtures.station(centreA.id(), "PC-01");
        SignedIn.as(Role.ADMIN);

        assertThatThrownBy(() -> stations.create(centreA.id(),
                new StationData(" pc-01 ", StationKind.LAPTOP, null, null, null, 0)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("station.label.taken"));
        assertThat(stations.create(centreB.id(), new StationData("PC-01", StationKind.LAPTOP, null, null, null, 0))
                .label()).isEqualTo("PC-01");
    }

    @Test
    void the_second_of_two_admins_saving_the_same_station_is_refused() {
        StationDetails loadedByBoth = fixtures.station(centreA.id());
        SignedIn.as(Role.ADMIN);

        StationData first = new StationData(loadedByBoth.label(), StationKind.LAPTOP, null, null, "Nueva batería",
                loadedByBoth.version());
        StationData second = new StationData(loadedByBoth.label(), StationKind.ACCESSIBLE, null, null, "Lector de pantalla",
                loadedByBoth.version());
        stations.update(loadedByBoth.id(), first);

        assertThatThrownBy(() -> stations.update(loadedByBoth.id(), second))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(stations.get(loadedByBoth.id()).notes()).isEqualTo("Nueva batería");
    }

    @Test
    void a_search_for_an_underscore_finds_only_labels_with_one() {
        fixtures.station(centreA.id(), "PC_1");
        fixtures.station(centreA.id(), "PCX1");
        SignedIn.as(Role.OPERATOR, centreA.id());

        assertThat(stations.page(centreA.id(), new StationFilter("c_", null), Pageable.ofSize(10)).getContent())
                .extracting(StationDetails::label).containsExactly("PC_1");
    }

    @Test
    void invalid_station_data_is_refused_by_the_service_too() {
        SignedIn.as(Role.ADMIN);
        assertThatThrownBy(() -> stations.create(centreA.id(), new StationData("", null, 15, 10, null, 0)))
                .isInstanceOf(jakarta.validation.ConstraintViolationException.class);
        assertThat(stations.counts(centreA.id()).total()).isZero();
    }

    @Test
    void a_series_adds_numbered_stations_with_the_same_kind_and_ages() {
        SignedIn.as(Role.ADMIN);

        List<StationDetails> added = stations.createSeries(centreA.id(),
                new StationSeries(" pc-", 1, 10, StationKind.LAPTOP, null, 12));

        assertThat(added).extracting(StationDetails::label).containsExactly("PC-01", "PC-02", "PC-03", "PC-04",
                "PC-05", "PC-06", "PC-07", "PC-08", "PC-09", "PC-10");
        assertThat(stations.page(centreA.id(), StationFilter.none(), Pageable.ofSize(20)).getContent())
                .hasSize(10)
                .allSatisfy(s -> {
                    assertThat(s.kind()).isEqualTo(StationKind.LAPTOP);
                    assertThat(s.minAge()).isNull();
                    assertThat(s.maxAge()).isEqualTo(12);
                });
    }

    @Test
    void a_series_clashing_with_an_existing_label_adds_nothing_and_names_the_clash() {
        fixtures.station(centreA.id(), "PC-03");
        fixtures.station(centreA.id(), "PC-07");
        SignedIn.as(Role.ADMIN);

        assertThatThrownBy(() -> stations.createSeries(centreA.id(),
                new StationSeries("PC-", 1, 10, StationKind.DESKTOP, null, null)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("station.series.taken");
                    assertThat(e.arguments()).containsExactly("PC-03, PC-07");
                });
        assertThat(stations.counts(centreA.id()).total()).isEqualTo(2);
    }

    @Test
    void an_invalid_series_is_refused_by_the_service_too() {
        SignedIn.as(Role.ADMIN);
        assertThatThrownBy(() -> stations.createSeries(centreA.id(),
                new StationSeries("PC-", 10, 1, StationKind.DESKTOP, null, null)))
                .isInstanceOf(jakarta.validation.ConstraintViolationException.class);
        assertThatThrownBy(() -> stations.createSeries(centreA.id(),
                new StationSeries("PC-", 1, 51, StationKind.DESKTOP, null, null)))
                .isInstanceOf(jakarta.validation.ConstraintViolationException.class);
        assertThat(stations.counts(centreA.id()).total()).isZero();
    }

    @Test
    void operators_cannot_add_a_series() {
        SignedIn.as(Role.OPERATOR, centreA.id());
        assertThatThrownBy(() -> stations.createSeries(centreA.id(),
                new StationSeries("PC-", 1, 3, StationKind.DESKTOP, null, null)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
