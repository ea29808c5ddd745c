package org.infoplaza.station;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.infoplaza.centre.CentreDetails;
import org.infoplaza.testing.Fixtures;
import org.infoplaza.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** The grid's query on real MariaDB: scoped to one centre, filtered, sorted and paged. */
@IntegrationTest
class StationRepositoryTest {

    @Autowired
    StationRepository repository;

    @Autowired
    Fixtures fixtures;

    @Test
    void search_pages_one_centres_stations_by_label_fragment_and_status() {
        CentreDetails centre = fixtures.centre();
        CentreDetails other = fixtures.centre();
        for (String label : new String[] {"PC-01", "PC-02", "PC-03", "LAP-01", "LAP-02"}) {
            fixtures.station(centre.id(), label);
        }
        fixtures.station(other.id(), "PC-01");
        Station broken = repository.findAll().stream()
                .filter(s -> s.getCentreId() == centre.id() && s.getLabel().equals("PC-02")).findFirst().orElseThrow();
        broken.takeOutOfService("Sin red", Instant.now());
        repository.saveAndFlush(broken);

        var firstPage = repository.search(centre.id(), "%PC%", null, PageRequest.of(0, 2, Sort.by("label")));
        assertThat(firstPage.getTotalElements()).isEqualTo(3);
        assertThat(firstPage.getContent()).extracting(Station::getLabel).containsExactly("PC-01", "PC-02");

        var outOfService = repository.search(centre.id(), "%%", StationStatus.OUT_OF_SERVICE, PageRequest.of(0, 10));
        assertThat(outOfService.getContent()).extracting(Station::getLabel).containsExactly("PC-02");
        assertThat(repository.countByCentreIdAndStatus(centre.id(), StationStatus.IN_SERVICE)).isEqualTo(4);
    }
}
