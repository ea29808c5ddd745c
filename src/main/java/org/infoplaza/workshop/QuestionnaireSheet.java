package org.infoplaza.workshop;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

/**
 * A session's questionnaire: the course's statements, the phases this session asks them in (PRE at the
 * cohort's first session, POST at its last, both when there is only one), whether answers may be recorded
 * now ({@code closedReasonKey} says why not) and who may answer.
 */
public record QuestionnaireSheet(long sessionId, long cohortId, String cohortName, String courseTitle,
        LocalDateTime startsAt, List<String> questions, Set<Phase> phases, boolean open, String closedReasonKey,
        List<QuestionnaireRespondent> respondents) {

    public QuestionnaireSheet {
        questions = List.copyOf(questions);
        phases = Set.copyOf(phases);
        respondents = List.copyOf(respondents);
    }

    public boolean asks(Phase phase) {
        return phases.contains(phase);
    }
}
