package org.infoplaza.member;

import java.util.List;

/**
 * What another module holds about a member, for the member's data export (right of access and portability).
 * The member module must not depend on the modules that keep such records (bookings and station sessions,
 * workshops, mail), since they depend on it, so they implement this as Spring beans and the export collects
 * every one, in {@link org.springframework.core.annotation.Order} order. Implementations are secured like
 * services (administrators and operators) and return every record of the member, at every centre, as sections
 * whose names and fields are documented in {@code docs/member-export.md}; an empty section is returned rather than
 * none, so the export always has the same shape.
 */
public interface PersonalDataContributor {

    /** This module's records of the member, one section per kind of record, each newest first. */
    List<PersonalDataSection> personalData(PersonalDataRequest request);
}
