package org.infoplaza.shared;

import java.util.Locale;
import org.springframework.dao.DataIntegrityViolationException;

/** Tells which database constraint refused a write, so a service can name the rule that was broken. */
public final class Constraints {

    private Constraints() {
    }

    public static boolean violated(DataIntegrityViolationException refusal, String constraintName) {
        String message = refusal.getMostSpecificCause().getMessage();
        return message != null && message.toLowerCase(Locale.ROOT).contains(constraintName.toLowerCase(Locale.ROOT));
    }

    /** The refusal for a constraint the service did not expect: the data was not saved. */
    public static DomainException unexpected() {
        return new DomainException("error.invalid-data");
    }
}
