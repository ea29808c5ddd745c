package org.infoplaza.centre;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.infoplaza.shared.AbstractEntity;

/**
 * A corregimiento of a district, valid from one reference file's effective date until a newer file no
 * longer lists it. Never deleted: members keep pointing at retired ones.
 */
@Entity
@Table(name = "corregimiento")
class Corregimiento extends AbstractEntity {

    private long municipalityId;
    private String name;
    private LocalDate validFrom;
    private LocalDate validTo;

    protected Corregimiento() {
    }

    Corregimiento(long municipalityId, String name, LocalDate validFrom) {
        this.municipalityId = municipalityId;
        this.name = name;
        this.validFrom = validFrom;
    }

    long getMunicipalityId() {
        return municipalityId;
    }

    String getName() {
        return name;
    }

    boolean isCurrentOn(LocalDate day) {
        return !validFrom.isAfter(day) && (validTo == null || day.isBefore(validTo));
    }

    boolean isRetired() {
        return validTo != null;
    }

    void retire(LocalDate from) {
        validTo = from;
    }

    /** A corregimiento that a newer file lists again (a reversed split) is current again, from that file's date. */
    void reinstate(LocalDate from) {
        validFrom = from;
        validTo = null;
    }

    CorregimientoOption toOption(LocalDate today) {
        return new CorregimientoOption(getId(), name, municipalityId, validFrom, validTo, isCurrentOn(today));
    }
}
