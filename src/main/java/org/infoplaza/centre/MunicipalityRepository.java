package org.infoplaza.centre;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MunicipalityRepository extends JpaRepository<Municipality, Long> {

    @Query("select m from Municipality m join fetch m.province p order by m.name, p.name")
    List<Municipality> findAllSorted();

    List<Municipality> findByProvinceId(long provinceId);
}
