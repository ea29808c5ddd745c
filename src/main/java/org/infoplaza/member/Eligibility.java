package org.infoplaza.member;

import java.util.List;

/**
 * Whether a member may take part in an activity on a day. A refusal carries the message key (and its
 * arguments) that says why and how to fix it, so the booking or workshop screen can show it as it is.
 */
public record Eligibility(String refusalKey, List<Object> arguments) {

    private static final Eligibility OK = new Eligibility(null, List.of());

    public Eligibility {
        arguments = List.copyOf(arguments);
    }

    public static Eligibility ok() {
        return OK;
    }

    public static Eligibility refused(String messageKey, Object... arguments) {
        return new Eligibility(messageKey, List.of(arguments));
    }

    public boolean allowed() {
        return refusalKey == null;
    }

    /** The refusal as a {@link org.infoplaza.shared.DomainException}, for callers that stop on it. */
    public void orThrow() {
        if (!allowed()) {
            throw new org.infoplaza.shared.DomainException(refusalKey, arguments.toArray());
        }
    }
}
