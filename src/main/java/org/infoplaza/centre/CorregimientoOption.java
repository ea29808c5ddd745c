package org.infoplaza.centre;

import java.time.LocalDate;

/** A corregimiento as a selector offers it; {@code current} tells whether it is valid today. */
public record CorregimientoOption(long id, String name, long municipalityId, LocalDate validFrom, LocalDate validTo,
        boolean current) {
}
