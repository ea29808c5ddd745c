package org.infoplaza.workshop;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A session's attendance sheet. {@code editable} says whether marks may be recorded now: from shortly
 * before the start until some days after the end, or while an administrator has reopened it.
 */
public record RosterSheet(SessionDetails session, long cohortId, String cohortName, String courseTitle,
        int sessionsInCohort, boolean editable, String lockReasonKey, LocalDateTime editableUntil,
        List<RosterLine> lines) {
}
