package org.infoplaza.centre;

/** A centre as offered in a selector. */
public record CentreOption(long id, String code, String name) {

    public String label() {
        return name + " (" + code + ")";
    }
}
