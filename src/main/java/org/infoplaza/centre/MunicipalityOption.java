package org.infoplaza.centre;

/** A municipality as offered in a selector, with its province to tell namesakes apart. */
public record MunicipalityOption(long id, String name, String provinceName) {

    public String label() {
        return name + " — " + provinceName;
    }
}
