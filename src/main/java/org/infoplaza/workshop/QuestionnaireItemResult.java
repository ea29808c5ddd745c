package org.infoplaza.workshop;

import java.math.BigDecimal;

/**
 * One statement's aggregate: how many people answered before and after, the mean answer of each (null when
 * nobody answered or fewer than {@link QuestionnaireResults#MIN_GROUP} did, so no one's answer can be
 * told) and the change between the two means (null unless both are shown).
 */
public record QuestionnaireItemResult(int position, String text, int preAnswers, BigDecimal preMean,
        int postAnswers, BigDecimal postMean, BigDecimal change) {

    public boolean preSuppressed() {
        return preAnswers > 0 && preMean == null;
    }

    public boolean postSuppressed() {
        return postAnswers > 0 && postMean == null;
    }
}
