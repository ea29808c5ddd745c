package org.infoplaza.centre;

import java.time.LocalDate;
import java.util.List;

/**
 * What a corregimiento file changes (as a preview) or changed (once imported). Names are
 * "corregimiento (district, province)" so the administrator can read them without looking anything up.
 */
public record ReferenceImportSummary(String fileName, LocalDate effectiveDate, Outcome outcome,
        List<String> districtsAdded, List<String> added, List<String> retired, int unchanged) {

    public enum Outcome {
        /** Nothing written yet: what importing the file would do. */
        PREVIEW,
        IMPORTED,
        /** The file is not newer than the last import, so it changes nothing. */
        IGNORED
    }

    public boolean changesAnything() {
        return !districtsAdded.isEmpty() || !added.isEmpty() || !retired.isEmpty();
    }
}
