package org.infoplaza.shared;

/**
 * A LIKE pattern that finds {@code text} anywhere. What people type is matched literally: {@code %},
 * {@code _} and backslashes are escaped (MariaDB's default escape character is the backslash).
 */
public final class SearchPattern {

    private SearchPattern() {
    }

    public static String contains(String text) {
        String value = text == null ? "" : text.strip();
        return "%" + value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
