package org.infoplaza.centre;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.infoplaza.shared.AbstractEntity;
import org.infoplaza.shared.DomainException;

@Entity
@Table(name = "centre")
class Centre extends AbstractEntity {

    private String code;
    private String name;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "municipality_id")
    private Municipality municipality;

    private String corregimiento;
    private String address;
    private String phone;
    private String email;
    private String hostOrganisation;

    @Enumerated(EnumType.STRING)
    private HostKind hostKind;

    private int maxSessionMinutes;
    private int dailyMinutesPerMember;
    private int noShowGraceMinutes;
    private int bookingHorizonDays;
    private boolean active = true;
    private LocalDate openedOn;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "centre_opening_hours", joinColumns = @JoinColumn(name = "centre_id"))
    @OrderBy("day, opensAt")
    private List<OpeningPeriod> openingHours = new ArrayList<>();

    protected Centre() {
    }

    Centre(String code) {
        this.code = code;
    }

    void update(CentreData data, Municipality municipality) {
        this.name = data.name().strip();
        this.municipality = municipality;
        this.corregimiento = blankToNull(data.corregimiento());
        this.address = blankToNull(data.address());
        this.phone = blankToNull(data.phone());
        this.email = blankToNull(data.email());
        this.hostOrganisation = blankToNull(data.hostOrganisation());
        this.hostKind = data.hostKind();
        this.maxSessionMinutes = data.rules().maxSessionMinutes();
        this.dailyMinutesPerMember = data.rules().dailyMinutesPerMember();
        this.noShowGraceMinutes = data.rules().noShowGraceMinutes();
        this.bookingHorizonDays = data.rules().bookingHorizonDays();
        if (data.openedOn() != null) {
            this.openedOn = data.openedOn();
        }
        replaceOpeningHours(data.openingHours());
    }

    /** A new centre opens the day it is created unless an earlier (or later) day was entered. */
    void openOnIfUnset(LocalDate day) {
        if (openedOn == null) {
            openedOn = day;
        }
    }

    /** Replaces the weekly timetable; periods on the same day must not overlap. */
    void replaceOpeningHours(List<OpeningPeriod> periods) {
        List<OpeningPeriod> sorted = periods.stream()
                .sorted(Comparator.comparing(OpeningPeriod::day).thenComparing(OpeningPeriod::opensAt))
                .toList();
        for (int i = 0; i < sorted.size(); i++) {
            OpeningPeriod period = sorted.get(i);
            if (!period.opensAt().isBefore(period.closesAt())) {
                throw new DomainException("centre.hours.order");
            }
            if (i > 0 && sorted.get(i - 1).overlaps(period)) {
                throw new DomainException("centre.hours.overlap");
            }
        }
        openingHours.clear();
        openingHours.addAll(sorted);
    }

    void setActive(boolean active) {
        this.active = active;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    String getCode() {
        return code;
    }

    String getName() {
        return name;
    }

    Municipality getMunicipality() {
        return municipality;
    }

    boolean isActive() {
        return active;
    }

    List<OpeningPeriod> getOpeningHours() {
        return openingHours;
    }

    CentreDetails toDetails() {
        return new CentreDetails(getId(), getVersion(), code, name, municipality.getId(), municipality.getName(),
                municipality.getProvince().getName(), corregimiento, address, phone, email, hostOrganisation, hostKind,
                new CentreRules(maxSessionMinutes, dailyMinutesPerMember, noShowGraceMinutes, bookingHorizonDays),
                List.copyOf(openingHours), active, openedOn);
    }

    CentreSummary toSummary() {
        return new CentreSummary(getId(), getVersion(), code, name, municipality.getName(), hostKind, active);
    }

}
