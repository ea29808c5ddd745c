package org.infoplaza.centre;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.infoplaza.shared.AbstractEntity;

/** Days on which a centre stays closed although its timetable says open. */
@Entity
@Table(name = "centre_closure")
class Closure extends AbstractEntity {

    private long centreId;
    private LocalDate firstDay;
    private LocalDate lastDay;

    @Enumerated(EnumType.STRING)
    private ClosureKind kind;

    private String reason;

    protected Closure() {
    }

    Closure(long centreId, ClosureData data) {
        this.centreId = centreId;
        this.firstDay = data.firstDay();
        this.lastDay = data.lastDay();
        this.kind = data.kind();
        this.reason = data.reason().strip();
    }

    long getCentreId() {
        return centreId;
    }

    ClosureDetails toDetails() {
        return new ClosureDetails(getId(), centreId, firstDay, lastDay, kind, reason);
    }
}
