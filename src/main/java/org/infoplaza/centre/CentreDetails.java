package org.infoplaza.centre;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;

/** Everything about one centre, for its edit form and for features that apply its rules. */
public record CentreDetails(long id, long version, String code, String name, long municipalityId,
        String municipalityName, String provinceName, String corregimiento, String address, String phone,
        String email, String hostOrganisation, HostKind hostKind, CentreRules rules,
        List<OpeningPeriod> openingHours, boolean active, LocalDate openedOn) {

    /**
     * Whether the centre was open in {@code month}, so that reports of that month count it: it opened on or before
     * the month's last day. A centre whose opening date was never recorded (registered before dates were kept)
     * counts in every month.
     */
    public boolean openIn(YearMonth month) {
        return openedOn == null || !openedOn.isAfter(month.atEndOfMonth());
    }

    public List<OpeningPeriod> hoursOn(DayOfWeek day) {
        return openingHours.stream().filter(period -> period.day() == day).toList();
    }

    public boolean isOpenAt(DayOfWeek day, LocalTime time) {
        return openingHours.stream().anyMatch(period -> period.contains(day, time));
    }

    /** The same fields as an edit would start from. */
    public CentreData toData() {
        return new CentreData(code, name, municipalityId, corregimiento, address, phone, email, hostOrganisation,
                hostKind, rules, openingHours, openedOn, version);
    }
}
