package org.infoplaza.centre;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CorregimientoRepository extends JpaRepository<Corregimiento, Long> {

    List<Corregimiento> findByMunicipalityIdOrderByName(long municipalityId);
}
