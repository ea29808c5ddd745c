package org.infoplaza.booking;

import java.util.List;

/**
 * The extensions (in minutes) the rules allow for a booking or session now, for the desk to offer only those;
 * when none is allowed, the rule that refuses the shortest one ({@code reasonKey} and its arguments), so the
 * desk can say why instead of offering a button that is always refused.
 */
public record Extensions(List<Integer> minutes, String reasonKey, List<Object> reasonArguments) {

    public Extensions {
        minutes = List.copyOf(minutes);
        reasonArguments = List.copyOf(reasonArguments);
    }

    public boolean none() {
        return minutes.isEmpty();
    }
}
