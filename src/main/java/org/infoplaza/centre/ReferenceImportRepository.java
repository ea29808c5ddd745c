package org.infoplaza.centre;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReferenceImportRepository extends JpaRepository<ReferenceImport, Long> {

    Optional<ReferenceImport> findFirstByKindOrderByEffectiveDateDesc(String kind);
}
