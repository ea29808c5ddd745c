package org.infoplaza.workshop;

/** Where a course proposal stands: waiting for the curators, or accepted into the catalogue, or declined. */
public enum ProposalStatus {
    PENDING,
    ACCEPTED,
    DECLINED
}
