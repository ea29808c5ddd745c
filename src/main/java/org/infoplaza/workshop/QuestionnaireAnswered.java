package org.infoplaza.workshop;

/** Someone's pre or post questionnaire of the cohort was recorded; the event names nobody. */
public record QuestionnaireAnswered(long cohortId) {
}
