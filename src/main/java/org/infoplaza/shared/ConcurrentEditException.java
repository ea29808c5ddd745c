package org.infoplaza.shared;

/** Someone else saved the same record first; the user must reload it before saving again. */
public class ConcurrentEditException extends DomainException {

    public ConcurrentEditException() {
        super("error.concurrent-edit");
    }
}
