package org.infoplaza.station;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
}
