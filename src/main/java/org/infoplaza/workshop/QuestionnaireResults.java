package org.infoplaza.workshop;

import java.util.List;

/** A cohort's questionnaire, aggregated per statement; individual answers never leave the service. */
public record QuestionnaireResults(long cohortId, String cohortName, String courseTitle,
        List<QuestionnaireItemResult> items) {

    /** Means from fewer people than this are not shown. */
    public static final int MIN_GROUP = 5;

    public QuestionnaireResults {
        items = List.copyOf(items);
    }
}
