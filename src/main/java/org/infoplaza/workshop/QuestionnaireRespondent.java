package org.infoplaza.workshop;

import java.util.Set;

/**
 * Someone who may answer a session's questionnaire: an enrolled member, or a walk-in marked present. Only
 * whether they answered is shown, never what.
 */
public record QuestionnaireRespondent(long memberId, String memberName, boolean walkIn, Set<Phase> answered) {

    public QuestionnaireRespondent {
        answered = Set.copyOf(answered);
    }
}
