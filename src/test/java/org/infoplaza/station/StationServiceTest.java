package org.infoplaza.station;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.infoplaza.centre.CentreService;
import org.infoplaza.security.CurrentUser;
import org.infoplaza.shared.ConcurrentEditException;
import org.infoplaza.shared.DomainException;
import org.infoplaza.shared.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/** The station rules that need no database: scope first, then version, then the entity's own checks. */
class StationServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-27T21:59:00Z");

    private final StationRepository repository = mock(StationRepository.class);
    private final CurrentUser currentUser = mock(CurrentUser.class);
    private final StationService service = new StationService(repository, mock(CentreService.class), currentUser,
            Clock.fixed(NOW, ZoneId.of("America/Panama")));

    private Station station;

    @BeforeEach
    void setUp() {
        station = new Station(7L);
        station.update(new StationData("PC-01", StationKind.DESKTOP, null, null, null, 0));
        ReflectionTestUtils.setField(station, "id", 1L);
        when(repository.findById(1L)).thenReturn(Optional.of(station));
        when(repository.saveAndFlush(any(Station.class))).thenAnswer(call -> call.getArgument(0));
    }

    @Test
    void a_station_outside_the_users_centres_is_not_found_and_not_touched() {
        doThrow(new NotFoundException()).when(currentUser).checkCentre(7L);

        assertThatThrownBy(() -> service.takeOutOfService(1L, 0, "Roto")).isInstanceOf(NotFoundException.class);
        verify(repository, never()).saveAndFlush(any());
    }

    @Test
    void taking_out_of_service_needs_a_reason() {
        assertThatThrownBy(() -> service.takeOutOfService(1L, 0, "   "))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("station.out-of-service.reason.required"));
        verify(repository, never()).saveAndFlush(any());
    }

    @Test
    void out_of_service_is_stamped_with_the_clocks_time() {
        StationDetails out = service.takeOutOfService(1L, 0, "Sin red");

        assertThat(out.status()).isEqualTo(StationStatus.OUT_OF_SERVICE);
        assertThat(out.outOfServiceSince()).isEqualTo(NOW);
    }

    @Test
    void a_change_based_on_an_old_version_is_refused() {
        assertThatThrownBy(() -> service.takeOutOfService(1L, 3, "Roto")).isInstanceOf(ConcurrentEditException.class);
        verify(repository, never()).saveAndFlush(any());
    }
}
