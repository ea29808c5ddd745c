package org.infoplaza.workshop;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What anyone holding a certificate's code may learn, without signing in: whether it stands or was revoked,
 * and what it certifies. Deliberately nothing about the person: no name, no member number, no id.
 */
public record CertificateVerification(String code, boolean revoked, String courseTitle, BigDecimal hours,
        LocalDate firstDay, LocalDate lastDay, String centreName, LocalDate issuedOn) {

    public boolean valid() {
        return !revoked;
    }
}
