package org.infoplaza.shared;

/** The record does not exist, or the current user may not know that it exists. */
public class NotFoundException extends DomainException {

    public NotFoundException() {
        super("error.not-found");
    }
}
