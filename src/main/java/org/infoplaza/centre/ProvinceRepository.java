package org.infoplaza.centre;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProvinceRepository extends JpaRepository<Province, Long> {
}
