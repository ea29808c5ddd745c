package org.infoplaza.station;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import org.infoplaza.shared.AbstractEntity;
import org.infoplaza.shared.DomainException;

@Entity
@Table(name = "station")
class Station extends AbstractEntity {

    private long centreId;
    private String label;

    @Enumerated(EnumType.STRING)
    private StationKind kind;

    @Enumerated(EnumType.STRING)
    private StationStatus status = StationStatus.IN_SERVICE;

    private String outOfServiceReason;
    private Instant outOfServiceSince;
    private Integer minAge;
    private Integer maxAge;
    private String notes;

    protected Station() {
    }

    Station(long centreId) {
        this.centreId = centreId;
    }

    void update(StationData data) {
        this.label = normaliseLabel(data.label());
        this.kind = data.kind();
        this.minAge = data.minAge();
        this.maxAge = data.maxAge();
        this.notes = data.notes() == null || data.notes().isBlank() ? null : data.notes().strip();
    }

    void takeOutOfService(String reason, Instant since) {
        if (reason == null || reason.isBlank()) {
            throw new DomainException("station.out-of-service.reason.required");
        }
        if (reason.strip().length() > 200) {
            throw new DomainException("station.out-of-service.reason.size");
        }
        this.status = StationStatus.OUT_OF_SERVICE;
        this.outOfServiceReason = reason.strip();
        this.outOfServiceSince = since;
    }

    void returnToService() {
        this.status = StationStatus.IN_SERVICE;
        this.outOfServiceReason = null;
        this.outOfServiceSince = null;
    }

    /** Labels are compared as typed by staff: "pc-07 " and "PC-07" are the same station. */
    static String normaliseLabel(String label) {
        return label.strip().toUpperCase(Locale.ROOT);
    }

    long getCentreId() {
        return centreId;
    }

    String getLabel() {
        return label;
    }

    StationDetails toDetails() {
        return new StationDetails(getId(), getVersion(), centreId, label, kind, status, outOfServiceReason,
                outOfServiceSince, minAge, maxAge, notes);
    }
}
