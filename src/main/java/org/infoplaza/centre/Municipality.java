package org.infoplaza.centre;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A district ("distrito"), which is the municipality; reference data. */
@Entity
@Table(name = "municipality")
class Municipality {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "province_id")
    private Province province;

    private String name;

    protected Municipality() {
    }

    /** A district that a reference file names and the database does not have yet. */
    Municipality(Province province, String name) {
        this.province = province;
        this.name = name;
    }

    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    Province getProvince() {
        return province;
    }

    DistrictOption toDistrict() {
        return new DistrictOption(id, province.getId(), name);
    }
}
