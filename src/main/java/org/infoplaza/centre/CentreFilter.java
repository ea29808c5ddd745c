package org.infoplaza.centre;

/** Grid filter: free text over code, name and municipality; inactive centres only when asked. */
public record CentreFilter(String text, boolean includeInactive) {

    public static CentreFilter none() {
        return new CentreFilter("", true);
    }
}
