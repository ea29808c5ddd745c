package org.infoplaza.shared;

import java.util.Arrays;

/**
 * A business rule refused an action. It carries a message key and arguments rather than a sentence, so the
 * view can tell the user exactly which rule refused, in the user's own language.
 */
public class DomainException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public DomainException(String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
