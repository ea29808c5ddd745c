package org.infoplaza.staff;

/**
 * How the application looks for one person: larger text (about 125 %, for low vision and older eyes) and
 * stronger contrast (darker text and borders, a thicker focus ring). Kept on the staff account.
 */
public record DisplayPreferences(boolean largeText, boolean highContrast) {

    public static final DisplayPreferences STANDARD = new DisplayPreferences(false, false);
}
