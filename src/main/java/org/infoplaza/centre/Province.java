package org.infoplaza.centre;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A province or province-level comarca; reference data seeded by migration. */
@Entity
@Table(name = "province")
class Province {

    @Id
    private Long id;
    private String name;
    private String kind;
    private String isoCode;
    private String cedulaPrefix;

    protected Province() {
    }

    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    String getIsoCode() {
        return isoCode;
    }

    String getKind() {
        return kind;
    }
}
