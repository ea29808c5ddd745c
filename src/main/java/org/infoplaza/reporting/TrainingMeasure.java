package org.infoplaza.reporting;

/**
 * The three counts of people in training (see {@link Training} for what each means in a month): the
 * enrolled, of whom those who attended at least once and those who completed.
 */
public enum TrainingMeasure {
    ENROLLED, ATTENDED, COMPLETED
}
