package org.infoplaza.member;

import java.time.LocalDate;
import java.util.List;
import org.infoplaza.shared.PanamaTime;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registrations the reports recount when they rebuild a period, as {@link MemberRegistered} reported
 * them: home centre, Panama day, sex and age band that day. Anonymised members are included (their
 * registration date and sex are kept; the date of birth moved to mid-year, which may change the band).
 * Administrators and the system only.
 */
@Service
@Transactional(readOnly = true)
public class RegistrationFacts {

    private final MemberRepository members;

    RegistrationFacts(MemberRepository members) {
        this.members = members;
    }

    /** The members registered at the centre on the Panama days {@code from} to {@code to} (inclusive). */
    @PreAuthorize("hasRole('ADMIN')")
    public List<MemberRegistered> registrations(long centreId, LocalDate from, LocalDate to) {
        return members.findRegistered(centreId, from.atStartOfDay(PanamaTime.ZONE).toInstant(),
                to.plusDays(1).atStartOfDay(PanamaTime.ZONE).toInstant()).stream()
                .map(Member::toRegistered)
                .toList();
    }
}
