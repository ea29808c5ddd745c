package org.infoplaza.workshop;

/** When a questionnaire is answered: before the course (at its first session) or after it (at its last). */
public enum Phase {
    PRE,
    POST
}
